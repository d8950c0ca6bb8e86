from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import User
from ..claims.models import Speaker
from ..extensions import db
from ..modeltypes import timestamp, utcnow


class SpeakerMerge(db.Model):
    """One merge, with what it moved, so that it can be undone."""

    __tablename__ = "speaker_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_id: Mapped[int] = mapped_column(sa.ForeignKey("speakers.id"), index=True)
    merged_id: Mapped[int] = mapped_column(sa.ForeignKey("speakers.id"), index=True)
    claim_ids: Mapped[list[int]] = mapped_column(sa.JSON, default=list)
    aliases_added: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    role_filled: Mapped[bool] = mapped_column(default=False)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[datetime] = timestamp(default=utcnow)
    undone_at: Mapped[datetime | None] = timestamp()

    kept: Mapped[Speaker] = relationship(foreign_keys=[kept_id])
    merged: Mapped[Speaker] = relationship(foreign_keys=[merged_id])
    actor: Mapped[User | None] = relationship()


class SpeakerDistinction(db.Model):
    """A reviewer's answer that two speakers are not one person: the suggestion is not offered again."""

    __tablename__ = "speaker_distinctions"

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(sa.ForeignKey("speakers.id", ondelete="CASCADE"))
    other_id: Mapped[int] = mapped_column(sa.ForeignKey("speakers.id", ondelete="CASCADE"))
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[datetime] = timestamp(default=utcnow)

    __table_args__ = (sa.UniqueConstraint("speaker_id", "other_id", name="uq_speaker_distinctions_pair"),)



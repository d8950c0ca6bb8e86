from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import User
from ..extensions import db
from ..modeltypes import timestamp, utcnow


class Event(db.Model):
    """Append-only audit row: who changed what, from which status to which, and when."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    action: Mapped[str] = mapped_column(sa.String(64), index=True)
    claim_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("claims.id", ondelete="CASCADE"), index=True
    )
    article_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    target_user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    speaker_id: Mapped[int | None] = mapped_column(sa.ForeignKey("speakers.id", ondelete="SET NULL"), index=True)
    from_status: Mapped[str | None] = mapped_column(sa.String(32))
    to_status: Mapped[str | None] = mapped_column(sa.String(32))
    details: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    created_at: Mapped[datetime] = timestamp(default=utcnow, index=True)

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])
    target_user: Mapped[User | None] = relationship(foreign_keys=[target_user_id])

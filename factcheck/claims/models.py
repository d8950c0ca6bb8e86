import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import User
from ..articles.models import Article
from ..extensions import db
from ..modeltypes import enum_column, timestamp, utcnow


class SpeakerKind(enum.StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    MEDIA = "media"
    DOCUMENT = "document"


class QuoteType(enum.StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    UNATTRIBUTED = "unattributed"


class ClaimStatus(enum.StrEnum):
    NEW = "new"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    DISMISSED = "dismissed"


class ClaimOrigin(enum.StrEnum):
    EXTRACTED = "extracted"
    MANUAL = "manual"


class Speaker(db.Model):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    role: Mapped[str | None] = mapped_column(sa.String(300))
    kind: Mapped[SpeakerKind] = mapped_column(
        enum_column(SpeakerKind, "kind"), default=SpeakerKind.PERSON
    )
    created_at: Mapped[datetime] = timestamp(default=utcnow)

    aliases: Mapped[list["SpeakerAlias"]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", order_by="SpeakerAlias.alias"
    )

    def __repr__(self) -> str:
        return f"<Speaker {self.name!r}>"


class SpeakerAlias(db.Model):
    """Another name form of a speaker ("Saleh" for "Amrullah Saleh"); unique across speakers."""

    __tablename__ = "speaker_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(sa.ForeignKey("speakers.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(sa.String(200), unique=True)

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")


class Claim(db.Model):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(sa.ForeignKey("articles.id", ondelete="CASCADE"))
    speaker_id: Mapped[int | None] = mapped_column(sa.ForeignKey("speakers.id"))
    speaker_mention: Mapped[str | None] = mapped_column(sa.String(300))
    speaker_role: Mapped[str | None] = mapped_column(sa.String(300))
    cue: Mapped[str | None] = mapped_column(sa.String(300))
    channel: Mapped[str | None] = mapped_column(sa.String(300))
    statement_date: Mapped[str | None] = mapped_column(sa.String(10))
    quote_type: Mapped[QuoteType] = mapped_column(enum_column(QuoteType, "quote_type"))
    text: Mapped[str] = mapped_column(sa.Text)
    start: Mapped[int]
    end: Mapped[int]
    category: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    status: Mapped[ClaimStatus] = mapped_column(
        enum_column(ClaimStatus, "status"), default=ClaimStatus.NEW, index=True
    )
    origin: Mapped[ClaimOrigin] = mapped_column(
        enum_column(ClaimOrigin, "origin"), default=ClaimOrigin.EXTRACTED
    )
    assignee_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = timestamp(default=utcnow)
    updated_at: Mapped[datetime] = timestamp(default=utcnow, onupdate=utcnow)

    article: Mapped[Article] = relationship()
    speaker: Mapped[Speaker | None] = relationship()
    assignee: Mapped[User | None] = relationship()

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        sa.CheckConstraint("start >= 0 AND \"end\" > start", name="span_valid"),
        sa.CheckConstraint(
            "status NOT IN ('in_review', 'awaiting_approval', 'changes_requested') "
            "OR assignee_id IS NOT NULL",
            name="reviewed_claim_has_assignee",
        ),
        sa.UniqueConstraint("article_id", "start", "end", name="uq_claims_article_span"),
    )

    def __repr__(self) -> str:
        return f"<Claim {self.id} {self.status} {self.text[:30]!r}>"

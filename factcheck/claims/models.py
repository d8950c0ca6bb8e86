import enum
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

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


def name_key(name: str) -> str:
    """How names are compared: case and spacing do not count."""
    return " ".join(name.split()).casefold()


class Speaker(db.Model):
    """A person or body that makes claims.

    A speaker with an `article_id` is known only inside that article (a description such as
    "a police spokeswoman", or a bare surname); one without is a named speaker shared by every
    article. A merged speaker is kept, hidden, so that the merge can be undone.
    """

    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    name_key: Mapped[str] = mapped_column(sa.String(200), index=True)
    role: Mapped[str | None] = mapped_column(sa.String(300))
    kind: Mapped[SpeakerKind] = mapped_column(
        enum_column(SpeakerKind, "kind"), default=SpeakerKind.PERSON
    )
    external_id: Mapped[str | None] = mapped_column(sa.String(300))
    article_id: Mapped[int | None] = mapped_column(sa.ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    merged_into_id: Mapped[int | None] = mapped_column(sa.ForeignKey("speakers.id"))
    created_at: Mapped[datetime] = timestamp(default=utcnow)

    aliases: Mapped[list["SpeakerAlias"]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", order_by="SpeakerAlias.alias"
    )
    article: Mapped[Article | None] = relationship()
    merged_into: Mapped["Speaker | None"] = relationship(remote_side=[id])

    __table_args__ = (
        sa.Index("uq_speakers_shared_name", "name_key", unique=True,
                 sqlite_where=sa.text("article_id IS NULL AND merged_into_id IS NULL"),
                 postgresql_where=sa.text("article_id IS NULL AND merged_into_id IS NULL")),
        sa.Index("uq_speakers_article_name", "article_id", "name_key", unique=True,
                 sqlite_where=sa.text("article_id IS NOT NULL AND merged_into_id IS NULL"),
                 postgresql_where=sa.text("article_id IS NOT NULL AND merged_into_id IS NULL")),
    )

    @validates("name")
    def _key_follows_name(self, _field: str, value: str) -> str:
        self.name_key = name_key(value)
        return value

    @property
    def shared(self) -> bool:
        return self.article_id is None

    def __repr__(self) -> str:
        return f"<Speaker {self.name!r}>"


class SpeakerAlias(db.Model):
    """Another name of a speaker ("Saleh" for "Amrullah Saleh"), set by a person, never a description."""

    __tablename__ = "speaker_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[int] = mapped_column(sa.ForeignKey("speakers.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(sa.String(200))
    alias_key: Mapped[str] = mapped_column(sa.String(200), index=True)

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")

    __table_args__ = (sa.UniqueConstraint("speaker_id", "alias_key", name="uq_speaker_aliases_speaker_alias"),)

    @validates("alias")
    def _key_follows_alias(self, _field: str, value: str) -> str:
        self.alias_key = name_key(value)
        return value


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
        enum_column(ClaimStatus, "status"), default=ClaimStatus.NEW
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
        # a speaker's page lists their claims newest first, a keyset page at a time
        sa.Index("ix_claims_speaker_id_id", "speaker_id", "id"),
        # the queue by status in id order; a person's claims in a status; the longest waiting approvals
        sa.Index("ix_claims_status_id", "status", "id"),
        sa.Index("ix_claims_status_assignee_id", "status", "assignee_id"),
        sa.Index("ix_claims_status_updated_at", "status", "updated_at"),
        # a category's claims counted by status without reading the rows
        sa.Index("ix_claims_category_status", "category", "status"),
    )

    def __repr__(self) -> str:
        return f"<Claim {self.id} {self.status} {self.text[:30]!r}>"

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import User
from ..claims.models import Claim
from ..extensions import db
from ..modeltypes import enum_column, timestamp, utcnow


class SourceKind(enum.StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
    ARCHIVE = "archive"


class Stance(enum.StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"


class Decision(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"


class Source(db.Model):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(sa.ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(sa.String(2000))
    title: Mapped[str | None] = mapped_column(sa.String(500))
    publisher: Mapped[str | None] = mapped_column(sa.String(200))
    published_on: Mapped[date | None]
    accessed_on: Mapped[date | None]
    excerpt: Mapped[str | None] = mapped_column(sa.Text)
    kind: Mapped[SourceKind] = mapped_column(enum_column(SourceKind, "kind"))
    stance: Mapped[Stance] = mapped_column(enum_column(Stance, "stance"), default=Stance.CONTEXT)
    added_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    added_at: Mapped[datetime] = timestamp(default=utcnow)

    claim: Mapped[Claim] = relationship()
    added_by: Mapped[User | None] = relationship()

    __table_args__ = (
        sa.CheckConstraint("url LIKE 'http://%' OR url LIKE 'https://%'", name="url_is_http"),
    )


class Verdict(db.Model):
    """Two ratings of one claim; old verdicts stay when a claim is reopened."""

    __tablename__ = "verdicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(sa.ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    attribution: Mapped[str | None] = mapped_column(sa.String(64))
    veracity: Mapped[str | None] = mapped_column(sa.String(64))
    summary: Mapped[str | None] = mapped_column(sa.Text)
    rationale: Mapped[str | None] = mapped_column(sa.Text)
    reviewer_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    editor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    decision: Mapped[Decision] = mapped_column(
        enum_column(Decision, "decision"), default=Decision.DRAFT
    )
    published: Mapped[bool] = mapped_column(default=False)
    correction_note: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = timestamp(default=utcnow)
    submitted_at: Mapped[datetime | None] = timestamp()
    decided_at: Mapped[datetime | None] = timestamp()

    claim: Mapped[Claim] = relationship()
    reviewer: Mapped[User] = relationship(foreign_keys=[reviewer_id])
    editor: Mapped[User | None] = relationship(foreign_keys=[editor_id])

    __table_args__ = (
        sa.CheckConstraint(
            "editor_id IS NULL OR editor_id <> reviewer_id", name="editor_is_not_reviewer"
        ),
        sa.CheckConstraint(
            "decision <> 'approved' OR editor_id IS NOT NULL", name="approval_has_editor"
        ),
        sa.CheckConstraint("NOT published OR decision = 'approved'", name="published_is_approved"),
        sa.Index(
            "uq_verdicts_published_claim",
            "claim_id",
            unique=True,
            sqlite_where=sa.text("published"),
            postgresql_where=sa.text("published"),
        ),
    )


class Comment(db.Model):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(sa.ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = timestamp(default=utcnow)

    claim: Mapped[Claim] = relationship()
    author: Mapped[User] = relationship()

    __table_args__ = (sa.CheckConstraint("length(body) > 0", name="body_not_empty"),)


class Publication(db.Model):
    """What one approval published, frozen: reports, exports and ClaimReview read only these.

    Later edits of the claim, its speaker or its sources never reach a publication; the next
    approval writes a new one, and the claim's latest publication is the one shown.
    """

    __tablename__ = "publications"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(sa.ForeignKey("claims.id"), index=True)
    article_id: Mapped[int] = mapped_column(sa.ForeignKey("articles.id"), index=True)
    verdict_id: Mapped[int] = mapped_column(sa.ForeignKey("verdicts.id"))
    text: Mapped[str] = mapped_column(sa.Text)
    start: Mapped[int]
    end: Mapped[int]
    quote_type: Mapped[str] = mapped_column(sa.String(16))
    cue: Mapped[str | None] = mapped_column(sa.String(300))
    channel: Mapped[str | None] = mapped_column(sa.String(300))
    statement_date: Mapped[str | None] = mapped_column(sa.String(10))
    category: Mapped[str | None] = mapped_column(sa.String(64))
    speaker_id: Mapped[int | None] = mapped_column(sa.ForeignKey("speakers.id"))
    speaker_name: Mapped[str | None] = mapped_column(sa.String(200))
    speaker_mention: Mapped[str | None] = mapped_column(sa.String(300))
    speaker_role: Mapped[str | None] = mapped_column(sa.String(300))
    speaker_kind: Mapped[str | None] = mapped_column(sa.String(16))
    speaker_external_id: Mapped[str | None] = mapped_column(sa.String(300))
    attribution: Mapped[str | None] = mapped_column(sa.String(64))
    veracity: Mapped[str | None] = mapped_column(sa.String(64))
    summary: Mapped[str | None] = mapped_column(sa.Text)
    rationale: Mapped[str | None] = mapped_column(sa.Text)
    correction_note: Mapped[str | None] = mapped_column(sa.Text)
    sources: Mapped[list[dict]] = mapped_column(sa.JSON, default=list)
    reviewer_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    reviewer_name: Mapped[str] = mapped_column(sa.String(200))
    approver_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"))
    approver_name: Mapped[str] = mapped_column(sa.String(200))
    submitted_at: Mapped[datetime | None] = timestamp()
    published_at: Mapped[datetime] = timestamp(default=utcnow)

    claim: Mapped[Claim] = relationship()


class FrozenRecord(Exception):
    """A publication was about to be changed or deleted."""


@sa.event.listens_for(Publication, "before_update")
@sa.event.listens_for(Publication, "before_delete")
def _publications_are_frozen(_mapper, _connection, publication: Publication) -> None:
    raise FrozenRecord(f"Publication {publication.id} is a published record and cannot change.")

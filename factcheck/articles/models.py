import enum
import hashlib
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import User
from ..extensions import db
from ..modeltypes import enum_column, timestamp, utcnow


def body_checksum(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class ArticleStatus(enum.StrEnum):
    """An article's extraction lifecycle: queued -> extracting -> ready, or failed (with a reason)."""

    QUEUED = "queued"
    EXTRACTING = "extracting"
    READY = "ready"
    FAILED = "failed"


class Article(db.Model):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(500))
    outlet: Mapped[str | None] = mapped_column(sa.String(200))
    author: Mapped[str | None] = mapped_column(sa.String(200))
    published_on: Mapped[date | None]
    url: Mapped[str | None] = mapped_column(sa.String(2000))
    body: Mapped[str] = mapped_column(sa.Text)
    checksum: Mapped[str] = mapped_column(sa.String(64), unique=True)
    imported_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    imported_at: Mapped[datetime] = timestamp(default=utcnow)
    status: Mapped[ArticleStatus] = mapped_column(
        enum_column(ArticleStatus, "status"), default=ArticleStatus.READY,
        server_default=ArticleStatus.READY.value, index=True)
    status_reason: Mapped[str | None] = mapped_column(sa.Text)
    progress: Mapped[int] = mapped_column(default=0, server_default="0")
    # Last sign of life of the job working on the article: a stale one means the worker died.
    heartbeat_at: Mapped[datetime | None] = timestamp()
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    archived_at: Mapped[datetime | None] = timestamp()
    # Bottom-k sketch of the body's word shingles, to recognise a new version of the same story.
    fingerprint: Mapped[list[int] | None] = mapped_column(sa.JSON(none_as_null=True))

    imported_by: Mapped[User | None] = relationship()

    __table_args__ = (
        sa.CheckConstraint("length(body) > 0", name="body_not_empty"),
        sa.CheckConstraint("progress BETWEEN 0 AND 100", name="progress_percent"),
        sa.CheckConstraint("status != 'failed' OR status_reason IS NOT NULL", name="failure_has_reason"),
    )

    def __repr__(self) -> str:
        return f"<Article {self.id} {self.title[:40]!r}>"


class ItemStatus(enum.StrEnum):
    QUEUED = "queued"
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    FAILED = "failed"


class ImportBatch(db.Model):
    """Files uploaded together; each becomes an item imported by a job of its own."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[datetime] = timestamp(default=utcnow)

    created_by: Mapped[User | None] = relationship()
    items: Mapped[list["ImportItem"]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="ImportItem.id")


class ImportItem(db.Model):
    __tablename__ = "import_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(sa.ForeignKey("import_batches.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(sa.String(500))
    # The uploaded bytes, kept until the item is imported (any worker on any machine reads them here).
    data: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    status: Mapped[ItemStatus] = mapped_column(enum_column(ItemStatus, "status"), default=ItemStatus.QUEUED)
    message: Mapped[str | None] = mapped_column(sa.Text)
    article_id: Mapped[int | None] = mapped_column(sa.ForeignKey("articles.id", ondelete="SET NULL"))
    queued_at: Mapped[datetime] = timestamp(default=utcnow)

    batch: Mapped[ImportBatch] = relationship(back_populates="items")
    article: Mapped[Article | None] = relationship()

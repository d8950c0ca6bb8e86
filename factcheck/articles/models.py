import hashlib
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..accounts.models import User
from ..extensions import db
from ..modeltypes import timestamp, utcnow


def body_checksum(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


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

    imported_by: Mapped[User | None] = relationship()

    __table_args__ = (sa.CheckConstraint("length(body) > 0", name="body_not_empty"),)

    def __repr__(self) -> str:
        return f"<Article {self.id} {self.title[:40]!r}>"

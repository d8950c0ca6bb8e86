"""The article list: search, status filter, archived ones on request; claim counts per article."""
from dataclasses import dataclass

import sqlalchemy as sa
from werkzeug.datastructures import MultiDict

from ..claims.models import Claim, ClaimStatus
from ..extensions import db
from ..modeltypes import LIKE_ESCAPE, escape_like
from .models import Article, ArticleStatus


@dataclass
class ArticleFilter:
    q: str = ""
    status: str = ""
    archived: bool = False

    @classmethod
    def from_args(cls, args: MultiDict) -> "ArticleFilter":
        status = args.get("status", "")
        return cls(q=args.get("q", "").strip(), status=status if status in {s.value for s in ArticleStatus} else "",
                   archived=args.get("archived") == "1")

    def query(self) -> sa.Select:
        """The matching articles, unordered: the list pages through them newest (highest id) first."""
        query = sa.select(Article).where(
            Article.archived_at.is_not(None) if self.archived else Article.archived_at.is_(None))
        if self.status:
            query = query.where(Article.status == self.status)
        if self.q:
            pattern = f"%{escape_like(self.q)}%"
            query = query.where(sa.or_(*(column.ilike(pattern, escape=LIKE_ESCAPE)
                                         for column in (Article.title, Article.outlet, Article.author, Article.url))))
        return query

    def as_args(self) -> dict:
        return {"q": self.q or None, "status": self.status or None, "archived": "1" if self.archived else None}

    @staticmethod
    def claim_counts(article_ids: list[int]) -> dict[int, tuple[int, int]]:
        """Per article: (claims, published claims)."""
        published = sa.func.sum(sa.case((Claim.status == ClaimStatus.APPROVED, 1), else_=0))
        rows = db.session.execute(sa.select(Claim.article_id, sa.func.count(Claim.id), published)
                                  .where(Claim.article_id.in_(article_ids)).group_by(Claim.article_id))
        return {article_id: (total, int(done or 0)) for article_id, total, done in rows}

"""The claim queue: filters, sorting and counts, as one query built from the request's arguments."""
from dataclasses import dataclass, fields

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager, joinedload

from ..articles.models import Article
from ..extensions import db
from ..modeltypes import LIKE_ESCAPE, escape_like
from ..validators import parse_id
from .models import Claim, ClaimStatus, Speaker

SORTS = {
    "newest": (Claim.id.desc(),),
    "oldest": (Claim.id.asc(),),
    "article": (Claim.article_id.desc(), Claim.start.asc()),
    "status": (Claim.status.asc(), Claim.id.desc()),
    "speaker": (Speaker.name.asc(), Claim.id.desc()),
}
SORT_LABELS = {"newest": "Newest first", "oldest": "Oldest first", "article": "By article",
               "status": "By status", "speaker": "By speaker"}


ID_FILTERS = {"speaker", "assignee", "article"}


@dataclass
class QueueFilter:
    status: str = ""
    category: str = ""
    speaker: int | None = None
    assignee: int | None = None
    article: int | None = None
    q: str = ""
    sort: str = "newest"

    @classmethod
    def from_args(cls, args) -> "QueueFilter":
        values = {}
        for field in fields(cls):
            raw = args.get(field.name, "").strip()
            values[field.name] = parse_id(raw, field.name) if field.name in ID_FILTERS else raw
        found = cls(**values)
        found.sort = found.sort if found.sort in SORTS else "newest"
        found.status = found.status if found.status in set(ClaimStatus) else ""
        return found

    def conditions(self, with_status: bool = True) -> list:
        conditions = []
        if with_status and self.status:
            conditions.append(Claim.status == ClaimStatus(self.status))
        if self.category:
            conditions.append(Claim.category == self.category)
        for column, value in ((Claim.speaker_id, self.speaker), (Claim.assignee_id, self.assignee),
                              (Claim.article_id, self.article)):
            if value is not None:
                conditions.append(column == value)
        if self.q:
            pattern = "%" + escape_like(self.q) + "%"
            conditions.append(sa.or_(Claim.text.ilike(pattern, escape=LIKE_ESCAPE),
                                     Speaker.name.ilike(pattern, escape=LIKE_ESCAPE)))
        return conditions

    def query(self) -> sa.Select:
        return (sa.select(Claim).outerjoin(Speaker, Claim.speaker_id == Speaker.id)
                .options(contains_eager(Claim.speaker), joinedload(Claim.assignee),
                         # the article's title only: sorting rows that carry whole bodies is slow
                         contains_eager(Claim.article).load_only(Article.id, Article.title))
                .join(Article, Claim.article_id == Article.id)
                .where(*self.conditions()).order_by(*SORTS[self.sort]))

    def ids_query(self) -> sa.Select:
        """The ids of the matching claims, in the page's order (for "all matching" actions)."""
        return (sa.select(Claim.id).outerjoin(Speaker, Claim.speaker_id == Speaker.id)
                .where(*self.conditions()).order_by(*SORTS[self.sort]))

    def status_counts(self) -> dict[str, int]:
        """How many claims each status holds under every filter but the status one."""
        query = (sa.select(Claim.status, sa.func.count(Claim.id))
                 .outerjoin(Speaker, Claim.speaker_id == Speaker.id)
                 .where(*self.conditions(with_status=False)).group_by(Claim.status))
        counts = {status.value: 0 for status in ClaimStatus}
        counts.update({status.value: n for status, n in db.session.execute(query)})
        return counts

    def as_args(self, **overrides) -> dict:
        values = {field.name: getattr(self, field.name) for field in fields(self)}
        values.update(overrides)
        return {key: value for key, value in values.items() if value not in ("", None)}


def page_number(args) -> int:
    return parse_id(args.get("page"), "page") or 1

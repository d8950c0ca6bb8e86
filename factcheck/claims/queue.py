"""The claim queue: filters, sorting and counts, as one query built from the request's arguments."""
from dataclasses import dataclass, field, fields

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager, joinedload

from ..articles.models import Article
from ..extensions import db
from ..search import sql as search_sql
from ..search.query import SearchQuery, parse
from ..validators import parse_id
from .models import Claim, ClaimStatus, Speaker

SORTS = {
    "newest": (Claim.id.desc(),),
    "oldest": (Claim.id.asc(),),
    "article": (Claim.article_id.desc(), Claim.start.asc()),
    "status": (Claim.status.asc(), Claim.id.desc()),
    "speaker": (Speaker.name.asc(), Claim.id.desc()),
}
SORT_LABELS = {"relevance": "Best match", "newest": "Newest first", "oldest": "Oldest first", "article": "By article",
               "status": "By status", "speaker": "By speaker"}


ID_FILTERS = {"speaker", "assignee", "article"}
RELEVANCE = "relevance"  # best matches first when searching, else newest first


@dataclass
class QueueFilter:
    status: str = ""
    category: str = ""
    speaker: int | None = None
    assignee: int | None = None
    article: int | None = None
    q: str = ""
    sort: str = RELEVANCE
    search: SearchQuery = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.search = parse(self.q)

    @classmethod
    def from_args(cls, args) -> "QueueFilter":
        values = {}
        for name in (spec.name for spec in fields(cls) if spec.init):
            raw = args.get(name, "").strip()
            values[name] = parse_id(raw, name) if name in ID_FILTERS else raw
        found = cls(**values)
        found.sort = found.sort if found.sort in SORTS else RELEVANCE
        found.status = found.status if found.status in set(ClaimStatus) else ""
        return found

    @property
    def unsearchable(self) -> bool:
        """Text was given, but not one word in it to search for."""
        return bool(self.q) and not self.search

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
        if self.search:
            conditions.append(Claim.id.in_(sa.select(search_sql.hits(self.search).c.claim_id)))
        elif self.q:  # text without a word to search for finds nothing
            conditions.append(sa.false())
        return conditions

    def query(self) -> sa.Select:
        query = (sa.select(Claim).outerjoin(Speaker, Claim.speaker_id == Speaker.id)
                 .options(contains_eager(Claim.speaker), joinedload(Claim.assignee),
                          # the article's title only: sorting rows that carry whole bodies is slow
                          contains_eager(Claim.article).load_only(Article.id, Article.title))
                 .join(Article, Claim.article_id == Article.id)
                 .where(*self.conditions()))
        if self.search and self.sort == RELEVANCE:
            hits = search_sql.hits(self.search)
            return query.join(hits, hits.c.claim_id == Claim.id).order_by(hits.c.rank.desc(), Claim.id.desc())
        return query.order_by(*self.order())

    def order(self) -> tuple:
        """The chosen sort; "best match" without a search is newest first."""
        return SORTS.get(self.sort, SORTS["newest"])

    def ids_query(self) -> sa.Select:
        """The ids of the matching claims, in the page's order (for "all matching" actions)."""
        return (sa.select(Claim.id).outerjoin(Speaker, Claim.speaker_id == Speaker.id)
                .where(*self.conditions()).order_by(*self.order()))

    def status_counts(self) -> dict[str, int]:
        """How many claims each status holds under every filter but the status one."""
        query = (sa.select(Claim.status, sa.func.count(Claim.id))
                 .outerjoin(Speaker, Claim.speaker_id == Speaker.id)
                 .where(*self.conditions(with_status=False)).group_by(Claim.status))
        counts = {status.value: 0 for status in ClaimStatus}
        counts.update({status.value: n for status, n in db.session.execute(query)})
        return counts

    def as_args(self, **overrides) -> dict:
        values = {spec.name: getattr(self, spec.name) for spec in fields(self) if spec.init}
        values.update(overrides)
        return {key: value for key, value in values.items() if value not in ("", None)}


def page_number(args) -> int:
    return parse_id(args.get("page"), "page") or 1

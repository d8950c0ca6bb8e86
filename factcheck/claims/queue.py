"""The claim queue: filters, sorting and counts, as one query built from the request's arguments."""
from dataclasses import dataclass, field, fields

import sqlalchemy as sa
from sqlalchemy.orm import contains_eager, joinedload

from .. import keyset
from ..articles.models import Article
from ..extensions import db
from ..keyset import Key, Part, one_order
from ..lookup import article_titled, picked_id, speaker_named
from ..search import sql as search_sql
from ..search.query import SearchQuery, parse
from ..validators import parse_id
from .models import Claim, ClaimStatus, Speaker

# Each sort's keys name one row (the last is unique), so the queue pages by keyset on them.
SORTS = {
    "newest": (Part((Key(Claim.id, descending=True),)),),
    "oldest": (Part((Key(Claim.id),)),),
    # by the article's own id, so that the database walks articles newest first and each one's claims in
    # text order from the (article_id, start, end) index, instead of sorting every claim
    "article": (Part((Key(Article.id, descending=True), Key(Claim.start), Key(Claim.end))),),
    "status": (Part((Key(Claim.status, load=ClaimStatus), Key(Claim.id))),),
    # the named speakers' claims from the speakers' name index, then the unattributed ones
    "speaker": (Part((Key(Speaker.name_key, load=keyset.text), Key(Speaker.id), Key(Claim.id)),
                     Speaker.id.is_not(None)),
                Part((Key(Claim.id),), Claim.speaker_id.is_(None))),
}
SORT_LABELS = {"relevance": "Best match", "newest": "Newest first", "oldest": "Oldest first", "article": "By article",
               "status": "By status", "speaker": "By speaker"}


ID_FILTERS = {"assignee"}
# picked from suggestions ("Name #12"), by id from a link, or by a whole name typed in
PICKERS = {"speaker": (speaker_named, "No speaker is called"), "article": (article_titled, "No article is titled")}
RELEVANCE = "relevance"  # best matches first when searching, else newest first


def picked(name: str, text: str) -> tuple[int | None, str]:
    """The id a picker's text names, and what is wrong when it names nothing."""
    chosen = picked_id(text, name)
    if chosen is not None or not text:
        return chosen, ""
    find, nothing = PICKERS[name]
    record = find(text[:300])
    return (record.id, "") if record else (None, f"{nothing} “{text[:80]}” (or more than one is).")


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
    unmatched: str = field(init=False, default="")  # a picker's text that names nothing

    def __post_init__(self) -> None:
        self.search = parse(self.q)

    @classmethod
    def from_args(cls, args) -> "QueueFilter":
        values, unmatched = {}, []
        for name in (spec.name for spec in fields(cls) if spec.init):
            raw = args.get(name, "").strip()
            values[name] = parse_id(raw, name) if name in ID_FILTERS else raw
            if name in PICKERS:
                values[name], problem = picked(name, raw)
                unmatched += [problem] if problem else []
        found = cls(**values)
        found.unmatched = " ".join(unmatched)
        found.sort = found.sort if found.sort in SORTS else RELEVANCE
        found.status = found.status if found.status in set(ClaimStatus) else ""
        return found

    @property
    def unsearchable(self) -> bool:
        """Text was given, but not one word in it to search for."""
        return bool(self.q) and not self.search

    def conditions(self, with_status: bool = True, with_search: bool = True, facets=()) -> list:
        """The filters as SQL; `with_search` False when the search's hits are joined instead, `facets` the
        filters those hits answer themselves."""
        conditions = [sa.false()] if self.unmatched else []
        if with_status and self.status and "status" not in facets:
            conditions.append(Claim.status == ClaimStatus(self.status))
        if self.category and "category" not in facets:
            conditions.append(Claim.category == self.category)
        for column, value in ((Claim.speaker_id, self.speaker), (Claim.assignee_id, self.assignee),
                              (Claim.article_id, self.article)):
            if value is not None:
                conditions.append(column == value)
        if self.unsearchable:  # text without a word to search for finds nothing
            conditions.append(sa.false())
        elif self.search and with_search:
            conditions.append(Claim.id.in_(search_sql.matching_ids(self.search)))
        return conditions

    def query(self) -> tuple[sa.Select, tuple[Part, ...]]:
        """The matching claims (unordered) and the sort keys to page them by."""
        claims = (sa.select(Claim).outerjoin(Speaker, Claim.speaker_id == Speaker.id)
                  .options(contains_eager(Claim.speaker), joinedload(Claim.assignee),
                           # the article's title only: sorting rows that carry whole bodies is slow
                           contains_eager(Claim.article).load_only(Article.id, Article.title))
                  .join(Article, Claim.article_id == Article.id))
        if not (self.search and self.sort == RELEVANCE):
            return claims.where(*self.conditions()), self.parts()
        # ranked on narrow rows (the index's alone unless a filter needs the claims), the page's claims then
        # fetched by id
        hits, facets, filters = self.narrowed_hits()
        ranking = sa.select(hits.c.claim_id).where(*facets)
        if filters:
            ranking = ranking.join(Claim, Claim.id == hits.c.claim_id).where(*filters)

        def by_id(ids: list[int]) -> dict[int, Claim]:
            found = db.session.scalars(claims.where(Claim.id.in_(ids))) if ids else []
            return {claim.id: claim for claim in found}

        keys = (Key(hits.c.rank, descending=True, load=keyset.finite), Key(hits.c.claim_id, descending=True))
        return ranking, (Part(keys, fetch=by_id),)

    def narrowed_hits(self, with_status: bool = True) -> tuple[sa.Subquery, list, list]:
        """The search's hits; the filters the index's own columns answer; and the rest, which need the
        claims joined."""
        hits = search_sql.hits(self.search)
        values = {"status": self.status if with_status else "", "category": self.category}
        facets = {name: hits.c[name] == value for name, value in values.items() if value and name in hits.c}
        return hits, list(facets.values()), self.conditions(with_status, with_search=False, facets=facets)

    def parts(self) -> tuple[Part, ...]:
        """The chosen sort; "best match" without a search is newest first."""
        return SORTS.get(self.sort, SORTS["newest"])

    def ids_query(self) -> sa.Select:
        """The ids of the matching claims, in the page's order (for "all matching" actions)."""
        return (sa.select(Claim.id).outerjoin(Speaker, Claim.speaker_id == Speaker.id)
                .where(*self.conditions()).order_by(*one_order(self.parts())))

    def status_counts(self) -> dict[str, int]:
        """How many claims each status holds under every filter but the status one."""
        if self.search:
            hits, facets, filters = self.narrowed_hits(with_status=False)
            status = Claim.status if filters or "status" not in hits.c else hits.c.status
            query = sa.select(status, sa.func.count()).select_from(hits).where(*facets)
            if status is Claim.status:
                query = query.join(Claim, Claim.id == hits.c.claim_id).where(*filters)
            query = query.group_by(status)
        else:
            query = (sa.select(Claim.status, sa.func.count(Claim.id))
                     .where(*self.conditions(with_status=False)).group_by(Claim.status))
        counts = {status.value: 0 for status in ClaimStatus}
        counts.update({ClaimStatus(status).value: n for status, n in db.session.execute(query)})
        return counts

    def total(self, counts: dict[str, int]) -> int:
        return counts[self.status] if self.status else sum(counts.values())

    def as_args(self, **overrides) -> dict:
        values = {spec.name: getattr(self, spec.name) for spec in fields(self) if spec.init}
        values.update(overrides)
        return {key: value for key, value in values.items() if value not in ("", None)}

"""The article workspace's claims panel: the article's claims in text order, filtered, a keyset page at a time.

The text and its highlights are served once with the page; the panel pages through the claims by
their position in the text (start, id), so a long article never sends all its rows at once, and a
claim added above the last row seen neither repeats nor pushes a row out of the next page.
"""
import re
from dataclasses import dataclass
from urllib.parse import urlencode

import sqlalchemy as sa
from flask import abort, current_app
from sqlalchemy.orm import contains_eager, joinedload
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest

from ..claims.forms import category_choices
from ..claims.models import Claim, QuoteType, Speaker
from ..claims.queue import QueueFilter
from ..extensions import db
from ..validators import MAX_ID, parse_id
from .models import Article

QUOTE_TYPE_LABELS = {QuoteType.DIRECT: "direct", QuoteType.INDIRECT: "reported",
                     QuoteType.UNATTRIBUTED: "unattributed"}
CURSOR = re.compile(r"(\d{1,10})-(\d{1,10})")
FILTERS = ("status", "category", "speaker")


@dataclass
class Panel:
    items: list[Claim]
    total: int  # claims matching the filters
    filters: QueueFilter
    next_args: dict | None  # the query of the next page, when there is one

    @property
    def next_query(self) -> str | None:
        return urlencode(self.next_args) if self.next_args else None


def panel_from_args(article: Article, args: MultiDict) -> Panel:
    """Args: status, category, speaker; `after` (a cursor) or `claim` (start the page at that claim)."""
    if claim_id := parse_id(args.get("claim"), "claim"):
        claim = db.session.get(Claim, claim_id)
        if claim is None or claim.article_id != article.id:
            abort(404)
        # a page showing this claim whatever the filters were; ids are whole numbers, so id - 1 includes it
        return panel_page(QueueFilter(article=article.id), (claim.start, claim.id - 1))
    filters = QueueFilter.from_args(MultiDict({name: args.get(name, "") for name in FILTERS}))
    filters.article = article.id
    return panel_page(filters, parse_cursor(args.get("after")))


def parse_cursor(raw: str | None) -> tuple[int, int] | None:
    if not raw:
        return None
    match = CURSOR.fullmatch(raw)
    if not match or max(int(match[1]), int(match[2])) > MAX_ID:
        raise BadRequest("“after” must be a position in the claims panel, as in its “More claims” link.")
    return int(match[1]), int(match[2])


def panel_page(filters: QueueFilter, after: tuple[int, int] | None) -> Panel:
    per_page = current_app.config["PER_PAGE"]
    query = (sa.select(Claim).outerjoin(Speaker, Claim.speaker_id == Speaker.id)
             .options(contains_eager(Claim.speaker), joinedload(Claim.assignee)).where(*filters.conditions()))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))
    if after:
        start, claim_id = after
        query = query.where(sa.or_(Claim.start > start, sa.and_(Claim.start == start, Claim.id > claim_id)))
    rows = db.session.scalars(query.order_by(Claim.start, Claim.id).limit(per_page + 1)).all()
    items = rows[:per_page]
    next_args = None
    if len(rows) > per_page:
        next_args = {**filters.as_args(article=None, sort=None), "after": f"{items[-1].start}-{items[-1].id}"}
    return Panel(items, total, filters, next_args)


def speaker_choices(article: Article) -> list[tuple[int, str]]:
    """The speakers of the article's claims, for the panel's filter."""
    return db.session.execute(sa.select(Speaker.id, Speaker.name).join(Claim, Claim.speaker_id == Speaker.id)
                              .where(Claim.article_id == article.id).distinct().order_by(Speaker.name)).all()


def category_labels() -> dict[str, str]:
    return {choice.value: choice.label for choice in category_choices()[1:]}

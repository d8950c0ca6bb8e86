"""Keyset pagination, newest (highest id) first.

A page is found by the last id seen (`after`) or the first (`before`), never by an offset, so rows
added or removed between two page loads neither repeat nor skip a row on the next page.
"""
from dataclasses import dataclass

import sqlalchemy as sa
from werkzeug.datastructures import MultiDict

from .extensions import db
from .validators import parse_id


@dataclass
class KeysetPage:
    items: list
    total: int
    newer: int | None  # the `before` of the page of newer rows, when there are some
    older: int | None  # the `after` of the page of older rows, when there are some


def newest_first(query: sa.Select, id_column, args: MultiDict, per_page: int) -> KeysetPage:
    """One page of `query` (unordered) by `id_column` descending, positioned by args' after/before."""
    after, before = parse_id(args.get("after"), "after"), parse_id(args.get("before"), "before")
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))
    if before is not None:
        rows = db.session.scalars(query.where(id_column > before).order_by(id_column.asc()).limit(per_page + 1)).all()
        items = rows[:per_page][::-1]
        newer = items[0].id if len(rows) > per_page else None
        older = items[-1].id if items and _exists(query.where(id_column < items[-1].id)) else None
        return KeysetPage(items, total, newer, older)
    seek = query if after is None else query.where(id_column < after)
    rows = db.session.scalars(seek.order_by(id_column.desc()).limit(per_page + 1)).all()
    items = rows[:per_page]
    older = items[-1].id if len(rows) > per_page else None
    newer = items[0].id if items and _exists(query.where(id_column > items[0].id)) else None
    return KeysetPage(items, total, newer, older)


def _exists(query: sa.Select) -> bool:
    return bool(db.session.scalar(sa.select(query.exists())))

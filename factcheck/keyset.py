"""Keyset pagination: a page is found by the sort keys of the last (or first) row seen, never by an offset.

Rows added or removed between two page loads neither repeat nor skip a row on the next page, and a
deep page costs what the first one does. A position travels in the URL as an opaque token.
"""
import base64
import binascii
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest

from .extensions import db
from .validators import MAX_ID, parse_id


def whole_number(value) -> int:
    """An id, offset or flag from a token: an int column's range, nothing else."""
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_ID:
        raise ValueError(value)
    return value


def finite(value) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        raise ValueError(value)
    return float(value)


def text(value) -> str:
    if not isinstance(value, str):
        raise ValueError(value)
    return value


@dataclass(frozen=True)
class Key:
    """One sort key: an expression, its direction, and how a value read back from a token is checked."""
    expression: Any
    descending: bool = False
    load: Callable[[Any], Any] = whole_number


@dataclass(frozen=True)
class Part:
    """Rows of one kind in one order; a list can show several parts one after another (each in the
    order an index gives, which one order over all the rows could not use)."""
    keys: tuple[Key, ...]
    condition: Any = None
    # For an order no index gives (a search's rank): find the page's ids on narrow rows, then fetch the
    # rows themselves by id with this (ids -> {id: item}); the last key must be the id.
    fetch: Callable[[list], dict] | None = None


@dataclass
class KeysetPage:
    items: list
    total: int
    newer: str | int | None  # the `before` of the previous page, when there is one
    older: str | int | None  # the `after` of the next page, when there is one


Position = tuple[int, list]  # a part's index, and the values of its keys


def newest_first(query: sa.Select, id_column, args: MultiDict, per_page: int) -> KeysetPage:
    """One page of `query` (unordered) by `id_column` descending, positioned by args' after/before ids."""
    after, before = (parse_id(args.get(name), name) for name in ("after", "before"))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.subquery()))
    page = seek(query, (Part((Key(id_column, descending=True),)),), after is not None and (0, [after]),
                before is not None and (0, [before]), per_page, total)
    page.newer, page.older = (side and side[1][0] for side in (page.newer, page.older))
    return page


def ordered(query: sa.Select, parts: Sequence[Part], args: MultiDict, per_page: int, total: int) -> KeysetPage:
    """One page of `query` (unordered, selecting one entity) in `parts` order, positioned by after/before tokens."""
    after, before = (position(args.get(name), parts, name) for name in ("after", "before"))
    page = seek(query, parts, after, before, per_page, total)
    page.newer, page.older = (side and encoded(side) for side in (page.newer, page.older))
    return page


def seek(query: sa.Select, parts: Sequence[Part], after: Position | None, before: Position | None,
         per_page: int, total: int) -> KeysetPage:
    """The rows after `after` (or, going back, before `before`); newer/older: the neighbouring pages' positions."""
    if before:
        rows, more = gather(query, parts, before, per_page, backwards=True)
        rows.reverse()
        newer = rows[0][1] if more else None
        older = rows[-1][1] if rows and _exists(query.where(past(parts, rows[-1][1]))) else None
    else:
        rows, more = gather(query, parts, after or None, per_page)
        older = rows[-1][1] if more else None
        newer = rows[0][1] if after and rows and _exists(query.where(past(parts, rows[0][1], backwards=True))) else None
    return KeysetPage([item for item, _ in rows], total, newer or None, older or None)


def gather(query: sa.Select, parts: Sequence[Part], start: Position | None, per_page: int,
           backwards: bool = False) -> tuple[list, bool]:
    """Up to `per_page` (item, position) pairs from `start` on, part after part; and whether more follow."""
    first = start[0] if start else 0
    indices = range(first, -1, -1) if backwards else range(first, len(parts))
    found = []
    for index in indices:
        keys, chosen = parts[index].keys, query
        if parts[index].condition is not None:
            chosen = chosen.where(parts[index].condition)
        if start and index == start[0]:
            chosen = chosen.where(beyond(keys, start[1], backwards))
        labels = [key.expression.label(f"seek_{n}") for n, key in enumerate(keys)]
        chosen = chosen.order_by(*order(keys, backwards)).limit(per_page + 1 - len(found))
        if parts[index].fetch:
            positions = db.session.execute(chosen.with_only_columns(*labels)).all()
            items = parts[index].fetch([row[-1] for row in positions])
            found += [(items[row[-1]], (index, list(row))) for row in positions]
        else:
            found += [(row[0], (index, list(row[1:])))
                      for row in db.session.execute(chosen.add_columns(*labels)).all()]
        if len(found) > per_page:
            break
    return found[:per_page], len(found) > per_page


def past(parts: Sequence[Part], at: Position, backwards: bool = False):
    """Rows that come after position `at` (before it when `backwards`): later in its part, or in a later part."""
    index, values = at
    here = beyond(parts[index].keys, values, backwards)
    if parts[index].condition is not None:
        here = sa.and_(parts[index].condition, here)
    others = parts[:index] if backwards else parts[index + 1:]
    return sa.or_(here, *(part.condition for part in others))


def one_order(parts: Sequence[Part]) -> list:
    """All the parts' rows in one ORDER BY (for a statement that takes every row, not a page)."""
    if len(parts) == 1:
        return order(parts[0].keys)
    which = sa.case(*((part.condition, n) for n, part in enumerate(parts)), else_=len(parts))
    return [which, *(term for part in parts for term in order(part.keys))]


def order(keys: Sequence[Key], backwards: bool = False) -> list:
    return [key.expression.desc() if key.descending != backwards else key.expression.asc() for key in keys]


def beyond(keys: Sequence[Key], values: list, backwards: bool = False):
    """Rows that come after `values` in `keys` order (before them when `backwards`)."""
    def later(key: Key, value):
        later_is_less = key.descending != backwards
        return key.expression < value if later_is_less else key.expression > value

    directions = {key.descending for key in keys}
    if len(directions) == 1:  # one row-value comparison, which both databases answer from an index
        expressions, bound = sa.tuple_(*(k.expression for k in keys)), sa.tuple_(*values)
        return expressions < bound if directions.pop() != backwards else expressions > bound
    return sa.or_(*(sa.and_(*(k.expression == v for k, v in zip(keys[:n], values[:n], strict=True)),
                            later(keys[n], values[n])) for n in range(len(keys))))


def encoded(at: Position) -> str:
    index, values = at
    raw = json.dumps([index, *(getattr(value, "value", value) for value in values)], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def position(token: str | None, parts: Sequence[Part], name: str) -> Position | None:
    """The part and key values a page token holds, each checked by its key; a 400 for anything else."""
    if not token:
        return None
    try:
        index, *values = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        keys = parts[whole_number(index)].keys
        if len(values) != len(keys):
            raise ValueError(values)
        return index, [key.load(value) for key, value in zip(keys, values, strict=True)]
    except (ValueError, TypeError, IndexError, binascii.Error, UnicodeDecodeError, RecursionError):
        raise BadRequest(f"This page link ({name}) is not valid: go back to the first page.") from None


def _exists(query: sa.Select) -> bool:
    return bool(db.session.scalar(sa.select(query.exists())))

"""Pickers for speakers and articles: a text field with suggestions, never a list of every record.

A suggestion reads "Name #12"; the number picks the record, so two speakers with one name stay apart.
Without suggestions (no JavaScript) a name typed in full picks the one record it names.
"""
import re

import sqlalchemy as sa

from .articles.models import Article
from .claims.models import Speaker, SpeakerAlias, name_key
from .extensions import db
from .modeltypes import LIKE_ESCAPE, escape_like
from .validators import parse_id

SUGGESTIONS = 15
PICKED = re.compile(r"#\s*(\d+)\s*$")


def picked_id(text: str | None, field: str) -> int | None:
    """The id a picker's text names: "Name #12" or "12"; None when blank or a bare name."""
    text = (text or "").strip()
    found = PICKED.search(text)
    if found:
        return parse_id(found.group(1), field)
    if text.lstrip("-").isdecimal():
        return parse_id(text, field)  # a negative or huge number is a 400, as for any id
    return None


def as_picked(name: str, record_id: int) -> str:
    return f"{name} #{record_id}"


def live_speaker() -> sa.ColumnElement[bool]:
    return Speaker.merged_into_id.is_(None)


def speaker_named(text: str, article_id: int | None = None) -> Speaker | None:
    """The one live speaker `text` names (by name, else by alias): a shared speaker, or one of the
    article's own; None when no speaker or more than one has that name."""
    key = name_key(text)
    scope = Speaker.article_id.is_(None)
    if article_id is not None:
        scope = sa.or_(scope, Speaker.article_id == article_id)
    for named in (Speaker.name_key == key,
                  Speaker.id.in_(sa.select(SpeakerAlias.speaker_id).where(SpeakerAlias.alias_key == key))):
        found = db.session.scalars(sa.select(Speaker).where(live_speaker(), scope, named).limit(2)).all()
        if found:
            return found[0] if len(found) == 1 else None
    return None


def speaker_suggestions(text: str) -> list[dict]:
    """Live speakers whose name or an alias has a word starting with `text`, shared speakers first."""
    key = name_key(text)
    if not key:
        return []
    starts = escape_like(key) + "%"
    words = "% " + starts

    def matching(column):
        return sa.or_(column.like(starts, escape=LIKE_ESCAPE), column.like(words, escape=LIKE_ESCAPE))

    by_alias = sa.select(SpeakerAlias.speaker_id).where(matching(SpeakerAlias.alias_key))
    found = db.session.execute(
        sa.select(Speaker.id, Speaker.name, Speaker.role, Speaker.article_id)
        .where(live_speaker(), sa.or_(matching(Speaker.name_key), Speaker.id.in_(by_alias)))
        .order_by(Speaker.article_id.is_not(None), Speaker.name_key, Speaker.id).limit(SUGGESTIONS)).all()
    return [{"value": as_picked(name, id_), "label": " · ".join(filter(None, (
        role, "this article only" if article_id else None)))} for id_, name, role, article_id in found]


def article_titled(text: str) -> Article | None:
    """The one article whose title is `text` (case aside); None when none is, or several are."""
    found = db.session.scalars(sa.select(Article).where(sa.func.lower(Article.title) == text.strip().lower())
                               .limit(2)).all()
    return found[0] if len(found) == 1 else None


def article_suggestions(text: str) -> list[dict]:
    """The newest articles whose title contains `text`."""
    if not text.strip():
        return []
    pattern = "%" + escape_like(text.strip().lower()) + "%"
    found = db.session.execute(sa.select(Article.id, Article.title, Article.outlet)
                               .where(sa.func.lower(Article.title).like(pattern, escape=LIKE_ESCAPE))
                               .order_by(Article.id.desc()).limit(SUGGESTIONS)).all()
    return [{"value": as_picked(title, id_), "label": outlet or ""} for id_, title, outlet in found]

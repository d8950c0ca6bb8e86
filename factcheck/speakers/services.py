"""Linking a claim to a speaker: a shared speaker only on an unambiguous name, else one of the article's own.

Creation is race-safe: the row is inserted with ON CONFLICT DO NOTHING against the partial unique
indexes on the name, then read back, so two imports naming the same new speaker share one row.
"""
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from ..accounts.models import User
from ..articles.models import Article
from ..audit.services import record
from ..claims.models import Speaker, SpeakerAlias, SpeakerKind, name_key
from ..extensions import db
from ..modeltypes import utcnow
from .names import identifies_across_articles

SHARED = "article_id IS NULL AND merged_into_id IS NULL"
OWN = "article_id IS NOT NULL AND merged_into_id IS NULL"


def clean(name: str) -> str:
    return " ".join(name.split())


def live() -> sa.ColumnElement[bool]:
    return Speaker.merged_into_id.is_(None)


def shared_by_name(name: str) -> list[Speaker]:
    """Shared speakers called `name`, by their name or by an alias a person gave them."""
    key = name_key(name)
    aliased = sa.select(SpeakerAlias.speaker_id).where(SpeakerAlias.alias_key == key)
    return db.session.scalars(sa.select(Speaker).where(
        live(), Speaker.article_id.is_(None),
        sa.or_(Speaker.name_key == key, Speaker.id.in_(aliased))).order_by(Speaker.id)).all()


def speaker_for(article: Article, name: str, kind: str | None = None, role: str | None = None,
                actor: User | None = None) -> Speaker:
    """The speaker a claim of `article` credited to `name` belongs to, created when new.

    `actor` is the person who named the speaker; None when the extractor did.
    """
    name, kind = clean(name), SpeakerKind(kind or SpeakerKind.PERSON)
    if identifies_across_articles(name, kind):
        matches = shared_by_name(name)
        if len(matches) == 1:
            return _fill_role(matches[0], role, actor)
        if not matches:
            return _get_or_create(name, kind, role, None, actor)
    return _get_or_create(name, kind, role, article, actor)


def _fill_role(speaker: Speaker, role: str | None, actor: User | None) -> Speaker:
    if role and not speaker.role:
        speaker.role = role[:300]
        record(actor, "speaker_role_set", speaker_id=speaker.id,
               details={"speaker": speaker.name, "role": speaker.role})
    return speaker


def _get_or_create(name: str, kind: SpeakerKind, role: str | None, article: Article | None,
                   actor: User | None) -> Speaker:
    key, article_id = name_key(name), article.id if article else None
    existing = _existing(key, article_id)
    if existing is not None:
        return _fill_role(existing, role, actor)
    values = dict(name=name[:200], name_key=key[:200], kind=kind.value, role=(role or None) and role[:300],
                  article_id=article_id, created_at=utcnow())
    inserted = db.session.execute(_insert_if_absent(values, article_id)).scalar()
    speaker = _existing(key, article_id)
    if inserted is not None:
        record(actor, "speaker_created", speaker_id=speaker.id, article_id=article_id, details={
            "speaker": speaker.name, "kind": speaker.kind.value, "scope": "article" if article_id else "shared"})
    return speaker if inserted is not None else _fill_role(speaker, role, actor)


def _existing(key: str, article_id: int | None) -> Speaker | None:
    scope = Speaker.article_id == article_id if article_id else Speaker.article_id.is_(None)
    return db.session.scalar(sa.select(Speaker).where(live(), scope, Speaker.name_key == key[:200]))


def _insert_if_absent(values: dict, article_id: int | None):
    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    columns = ["article_id", "name_key"] if article_id else ["name_key"]
    return (dialect.insert(Speaker).values(**values)
            .on_conflict_do_nothing(index_elements=columns, index_where=sa.text(OWN if article_id else SHARED))
            .returning(Speaker.id))

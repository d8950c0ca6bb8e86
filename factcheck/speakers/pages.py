"""What the speakers list and a speaker's page show, gathered in one place."""
from collections import Counter
from dataclasses import dataclass

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import joinedload, selectinload
from werkzeug.datastructures import MultiDict

from .. import keyset
from ..articles.models import Article
from ..audit.models import Event
from ..claims.models import Claim, Speaker, SpeakerAlias, name_key
from ..extensions import db
from ..keyset import Key, KeysetPage, Part, newest_first
from ..modeltypes import LIKE_ESCAPE, escape_like
from ..review.models import Publication
from ..review.publications import in_force
from ..review.scales import scales
from .models import SpeakerMerge
from .services import live


def load_speaker(speaker_id: int) -> Speaker:
    return db.get_or_404(Speaker, speaker_id, options=[joinedload(Speaker.aliases)])


def speakers_page(q: str, kind: str, include_article_only: bool, args: MultiDict) -> KeysetPage:
    """Speakers by name, a keyset page at a time."""
    query = (sa.select(Speaker).where(live())
             .options(selectinload(Speaker.aliases), joinedload(Speaker.article).load_only(Article.title)))
    if not include_article_only:
        query = query.where(Speaker.article_id.is_(None))
    if kind:
        query = query.where(Speaker.kind == kind)
    if q.strip():
        pattern = "%" + escape_like(name_key(q)) + "%"
        by_alias = sa.select(SpeakerAlias.speaker_id).where(SpeakerAlias.alias_key.like(pattern, escape=LIKE_ESCAPE))
        query = query.where(sa.or_(Speaker.name_key.like(pattern, escape=LIKE_ESCAPE), Speaker.id.in_(by_alias)))
    total = db.session.scalar(sa.select(sa.func.count()).select_from(query.with_only_columns(Speaker.id).subquery()))
    return keyset.ordered(query, (Part((Key(Speaker.name_key, load=keyset.text), Key(Speaker.id))),), args,
                          current_app.config["PER_PAGE"], total)


def claim_counts(speakers: list[Speaker]) -> dict[int, int]:
    return dict(db.session.execute(sa.select(Claim.speaker_id, sa.func.count(Claim.id)).where(
        Claim.speaker_id.in_([speaker.id for speaker in speakers])).group_by(Claim.speaker_id)).all())


@dataclass
class RoleSpell:
    role: str
    first: object
    last: object
    claims: int


def role_history(speaker: Speaker) -> list[RoleSpell]:
    """Each role the articles gave the speaker, with the first and last article date it was used."""
    when = sa.func.coalesce(Article.published_on, sa.func.date(Article.imported_at))
    rows = db.session.execute(
        sa.select(Claim.speaker_role, sa.func.min(when), sa.func.max(when), sa.func.count(Claim.id))
        .join(Article, Article.id == Claim.article_id)
        .where(Claim.speaker_id == speaker.id, Claim.speaker_role.is_not(None))
        .group_by(Claim.speaker_role).order_by(sa.func.min(when)))
    return [RoleSpell(*row) for row in rows]


def track_record(speaker: Speaker) -> dict[str, list[tuple[str, int]]]:
    """Published verdicts on the speaker's claims, counted by rating, with the scale's labels."""
    rows = db.session.execute(
        sa.select(Publication.veracity, Publication.attribution, sa.func.count())
        .join(Claim, Claim.id == Publication.claim_id)
        .where(Claim.speaker_id == speaker.id, in_force())
        .group_by(Publication.veracity, Publication.attribution)).all()
    record = {}
    for position, scale_name in enumerate(("veracity", "attribution")):
        counts = Counter()
        for row in rows:
            counts[row[position]] += row[2]
        record[scale_name] = [(rating.label, counts[rating.key]) for rating in scales()[scale_name].ratings
                              if counts.get(rating.key)]
    return record


def speaker_claims(speaker: Speaker, args: MultiDict) -> KeysetPage:
    """The speaker's claims, newest first, a keyset page at a time (args: after/before)."""
    return newest_first(sa.select(Claim).where(Claim.speaker_id == speaker.id), Claim.id, args,
                        current_app.config["PER_PAGE"])


def open_merges(speaker: Speaker) -> list[SpeakerMerge]:
    return db.session.scalars(sa.select(SpeakerMerge).where(
        sa.or_(SpeakerMerge.kept_id == speaker.id, SpeakerMerge.merged_id == speaker.id),
        SpeakerMerge.undone_at.is_(None)).order_by(SpeakerMerge.id.desc())).all()


def registry_events(speaker: Speaker) -> list[Event]:
    return db.session.scalars(sa.select(Event).where(Event.speaker_id == speaker.id).options(joinedload(Event.actor))
                              .order_by(Event.id.desc()).limit(50)).all()

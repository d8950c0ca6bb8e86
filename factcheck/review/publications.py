"""Publishing: an approval freezes the claim, its speaker, sources and verdict as they are now."""
import sqlalchemy as sa
from sqlalchemy.orm import aliased

from ..accounts.models import User
from ..claims.models import Claim
from ..extensions import db
from ..modeltypes import plain
from .models import Publication, Source, Verdict

SOURCE_FIELDS = ("url", "title", "publisher", "published_on", "accessed_on", "excerpt", "kind", "stance")


def publish(claim: Claim, verdict: Verdict, approver: User) -> Publication:
    speaker = claim.speaker
    publication = Publication(
        claim_id=claim.id, article_id=claim.article_id, verdict_id=verdict.id,
        text=claim.text, start=claim.start, end=claim.end, quote_type=plain(claim.quote_type),
        cue=claim.cue, channel=claim.channel, statement_date=claim.statement_date, category=claim.category,
        speaker_id=speaker.id if speaker else None, speaker_name=speaker.name if speaker else None,
        speaker_mention=claim.speaker_mention, speaker_role=claim.speaker_role or (speaker.role if speaker else None),
        speaker_kind=plain(speaker.kind) if speaker else None,
        speaker_external_id=speaker.external_id if speaker else None,
        attribution=verdict.attribution, veracity=verdict.veracity, summary=verdict.summary,
        rationale=verdict.rationale, correction_note=verdict.correction_note, sources=_sources(claim),
        reviewer_id=verdict.reviewer_id, reviewer_name=verdict.reviewer.display_name,
        approver_id=approver.id, approver_name=approver.display_name, submitted_at=verdict.submitted_at)
    db.session.add(publication)
    db.session.flush()
    return publication


def _sources(claim: Claim) -> list[dict]:
    sources = db.session.scalars(sa.select(Source).where(Source.claim_id == claim.id).order_by(Source.id))
    return [{field: plain(getattr(source, field)) for field in SOURCE_FIELDS} for source in sources]


def in_force(publication=Publication):
    """True of each claim's latest publication, the one in force: no newer one of the same claim exists.

    A correlated test answered from the claim_id index, not a grouped list of every claim's latest id.
    """
    newer = aliased(Publication)
    return ~sa.exists().where(newer.claim_id == publication.claim_id, newer.id > publication.id)


def history(claim: Claim) -> list[Publication]:
    return db.session.scalars(sa.select(Publication).where(Publication.claim_id == claim.id)
                              .order_by(Publication.id.desc())).all()

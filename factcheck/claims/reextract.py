"""Extraction run again over an article: the claims people worked on stay, the rest are redone.

A claim is the desk's work once a person has acted on it (taken, corrected, sourced, rated,
commented, added by hand): every such action is an audit event with an actor. Those claims are
kept and the extractor's overlapping findings dropped; untouched claims are replaced by the new
findings. The extractor runs first, outside any write, so a worker holds no lock while it thinks.
The caller commits.
"""
import sqlalchemy as sa

from ..articles.models import Article
from ..audit.models import Event
from ..audit.services import record
from ..extensions import db
from .models import Claim, ClaimOrigin, ClaimStatus
from .services import store_claim


def human_touched():
    """SQL condition: a person has worked on the claim."""
    acted_on = sa.select(Event.id).where(Event.claim_id == Claim.id, Event.actor_id.is_not(None)).exists()
    return sa.or_(Claim.origin == ClaimOrigin.MANUAL, Claim.status != ClaimStatus.NEW,
                  Claim.assignee_id.is_not(None), acted_on)


def replace_claims(article: Article, extraction) -> dict[str, int]:
    """Store the extractor's findings for the article, keeping the claims people worked on."""
    kept = db.session.scalars(sa.select(Claim).where(Claim.article_id == article.id, human_touched())).all()
    replaced = db.session.execute(
        sa.delete(Claim).where(Claim.article_id == article.id, Claim.id.not_in([claim.id for claim in kept]))
        .execution_options(synchronize_session=False)).rowcount
    speakers: dict = {}
    added = [store_claim(article, found, speakers) for found in extraction.claims
             if not any(found.start < claim.end and claim.start < found.end for claim in kept)]
    db.session.flush()
    if not kept and not replaced:
        record(None, "claims_extracted", article_id=article.id, details={"claims": len(added)})
        return {"kept": 0, "replaced": 0, "added": len(added)}
    counts = {"kept": len(kept), "replaced": replaced, "added": len(added)}
    record(None, "claims_reextracted", article_id=article.id, details=counts)
    return counts


def run_extractor(article: Article):
    """The extractor's findings for the article (pure: nothing is stored)."""
    from ..extraction import detect_article_date, extract, load_categories

    return extract(article.body, article.published_on or detect_article_date(article.body), load_categories())

"""What may be published: claims with a published (approved) verdict, and nothing else."""
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from ..articles.models import Article
from ..claims.models import Claim, ClaimStatus
from ..extensions import db
from ..review.models import Decision, Source, Verdict


@dataclass
class PublishedClaim:
    claim: Claim
    verdict: Verdict
    earlier: list[Verdict]  # verdicts this one corrected, newest first
    sources: list[Source]

    @property
    def under_correction(self) -> bool:
        return self.claim.status != ClaimStatus.APPROVED


def published_query() -> sa.Select:
    """(Claim, Verdict) pairs whose verdict an editor approved and published."""
    return (sa.select(Claim, Verdict)
            .join(Verdict, sa.and_(Verdict.claim_id == Claim.id, Verdict.published,
                                   Verdict.decision == Decision.APPROVED))
            .options(joinedload(Claim.speaker), selectinload(Claim.article),
                     joinedload(Verdict.reviewer), joinedload(Verdict.editor)))


def published_for_article(article: Article) -> list[PublishedClaim]:
    rows = db.session.execute(published_query().where(Claim.article_id == article.id)
                              .order_by(Claim.start, Claim.id)).all()
    claim_ids = [claim.id for claim, _ in rows]
    earlier = _grouped(sa.select(Verdict).where(
        Verdict.claim_id.in_(claim_ids), Verdict.decision == Decision.APPROVED, ~Verdict.published)
        .order_by(Verdict.id.desc()))
    sources = _grouped(sa.select(Source).where(Source.claim_id.in_(claim_ids)).order_by(Source.id))
    return [PublishedClaim(claim, verdict, earlier.get(claim.id, []), sources.get(claim.id, []))
            for claim, verdict in rows]


def _grouped(query) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for row in db.session.scalars(query):
        grouped.setdefault(row.claim_id, []).append(row)
    return grouped


def unpublished_count(article: Article) -> int:
    """Claims still being checked: neither published nor dismissed."""
    published = sa.select(Verdict.claim_id).where(Verdict.published)
    return db.session.scalar(sa.select(sa.func.count(Claim.id)).where(
        Claim.article_id == article.id, Claim.status != ClaimStatus.DISMISSED, Claim.id.not_in(published)))


def articles_with_published_claims() -> list[Article]:
    ids = sa.select(Claim.article_id).join(Verdict, sa.and_(Verdict.claim_id == Claim.id, Verdict.published))
    return db.session.scalars(sa.select(Article).where(Article.id.in_(ids)).order_by(Article.id)).all()


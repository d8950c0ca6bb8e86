"""What may be published: the latest publication of each claim, and nothing else."""
from dataclasses import dataclass

import sqlalchemy as sa

from ..articles.models import Article
from ..claims.models import Claim, ClaimStatus
from ..extensions import db
from ..review.models import Publication
from ..review.publications import in_force


@dataclass
class PublishedClaim:
    publication: Publication
    earlier: list[Publication]  # publications this one replaced, newest first
    status: ClaimStatus

    @property
    def under_correction(self) -> bool:
        return self.status != ClaimStatus.APPROVED


def published_for_article(article: Article) -> list[PublishedClaim]:
    rows = db.session.execute(
        sa.select(Publication, Claim.status).join(Claim, Claim.id == Publication.claim_id)
        .where(Publication.article_id == article.id, in_force())
        .order_by(Publication.start, Publication.claim_id)).all()
    earlier: dict[int, list[Publication]] = {}
    for old in db.session.scalars(sa.select(Publication).where(
            Publication.article_id == article.id, ~in_force())
            .order_by(Publication.id.desc())):
        earlier.setdefault(old.claim_id, []).append(old)
    return [PublishedClaim(publication, earlier.get(publication.claim_id, []), status)
            for publication, status in rows]


def unpublished_count(article: Article) -> int:
    """Claims still being checked: neither published nor dismissed."""
    published = sa.select(Publication.claim_id).where(Publication.article_id == article.id)
    return db.session.scalar(sa.select(sa.func.count(Claim.id)).where(
        Claim.article_id == article.id, Claim.status != ClaimStatus.DISMISSED, Claim.id.not_in(published)))


def articles_with_published_claims() -> list[Article]:
    ids = sa.select(Publication.article_id)
    return db.session.scalars(sa.select(Article).where(Article.id.in_(ids)).order_by(Article.id)).all()

"""Claims put straight into a given workflow state, for the workflow tests."""
import sqlalchemy as sa

from factcheck.articles.models import Article, body_checksum
from factcheck.claims.models import Claim, ClaimStatus, QuoteType
from factcheck.extensions import db
from factcheck.review.models import Decision, Source, SourceKind, Verdict

BODY = "The harbour minister said the port had twelve cranes. “We will buy four more,” she added.\n"


def make_article(body: str = BODY) -> Article:
    article = Article(title="Port cranes", body=body, checksum=body_checksum(body))
    db.session.add(article)
    db.session.flush()
    return article


def make_claim(status: ClaimStatus = ClaimStatus.NEW, assignee_id: int | None = None,
               verdict_by: int | None = None, decision: Decision | None = None,
               sources: int = 0, published: bool = False, editor_id: int | None = None) -> int:
    """A claim in `status`; with `verdict_by`, a complete verdict of that user in `decision`."""
    article = make_article(BODY + f"[{db.session.scalar(sa.select(sa.func.count(Article.id)))}]")
    start = BODY.index("the port")
    claim = Claim(article=article, text=BODY[start:start + 29], start=start, end=start + 29,
                  quote_type=QuoteType.INDIRECT, status=status, assignee_id=assignee_id)
    db.session.add(claim)
    db.session.flush()
    for n in range(sources):
        db.session.add(Source(claim=claim, url=f"https://example.org/{n}", kind=SourceKind.PRIMARY))
    if verdict_by is not None:
        db.session.add(Verdict(claim=claim, reviewer_id=verdict_by, attribution="accurate", veracity="true",
                               summary="Checked.", decision=decision or Decision.DRAFT, published=published,
                               editor_id=editor_id))
    db.session.commit()
    return claim.id


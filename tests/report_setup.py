"""Claims taken through the real workflow services, for report and export tests."""
from factcheck.articles.models import Article, body_checksum
from factcheck.claims.models import Claim, QuoteType, Speaker, SpeakerKind
from factcheck.extensions import db
from factcheck.review.evidence import SourceInput, VerdictInput, add_source, save_verdict
from factcheck.review.services import TransitionInput, take_transition

BODY = ("Mayor Ada Quill said the bridge would open in June. "
        "“We have the money,” she said. "
        "The transport ministry claimed the works were on budget. "
        "Ben Rook, a councillor, said the deck was unsafe.\n")


def make_report_article(title: str = "Bridge works", url: str | None = "https://news.example/bridge") -> Article:
    article = Article(title=title, body=BODY, checksum=body_checksum(BODY + title), url=url, outlet="The Example")
    db.session.add(article)
    db.session.flush()
    return article


def add_claim(article: Article, fragment: str, speaker: str, kind=SpeakerKind.PERSON, role=None) -> Claim:
    start = article.body.index(fragment)
    existing = db.session.query(Speaker).filter_by(name=speaker).first()
    speaker_row = existing or Speaker(name=speaker, kind=kind, role=role)
    claim = Claim(article=article, start=start, end=start + len(fragment), text=fragment,
                  quote_type=QuoteType.DIRECT, speaker=speaker_row)
    db.session.add(claim)
    db.session.flush()
    return claim


def review(claim: Claim, reviewer, attribution="accurate", veracity="false", summary="It is not so."):
    if claim.assignee_id is None:
        take_transition("take", claim, reviewer, TransitionInput())
    if not claim_has_source(claim):
        add_source(claim, reviewer, SourceInput(url="https://records.example/1", kind="primary",
                                                stance="refutes", title="Council records"), None)
    save_verdict(claim, reviewer, VerdictInput(attribution, veracity, summary, "Because the records say so."), None)
    take_transition("submit", claim, reviewer, TransitionInput())


def publish(claim: Claim, reviewer, editor, **ratings):
    review(claim, reviewer, **ratings)
    take_transition("approve", claim, editor, TransitionInput())


def correct(claim: Claim, reviewer, editor, note: str, **ratings):
    take_transition("reopen", claim, editor, TransitionInput(reason=note))
    publish(claim, reviewer, editor, **ratings)


def claim_has_source(claim: Claim) -> bool:
    from factcheck.review.models import Source

    return db.session.query(Source.id).filter_by(claim_id=claim.id).first() is not None

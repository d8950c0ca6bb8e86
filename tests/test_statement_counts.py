"""Every page runs the same number of SQL statements whatever the amount of data it shows."""
import sqlalchemy as sa

from factcheck.accounts.models import Role, User
from factcheck.articles.models import Article, body_checksum
from factcheck.claims.models import Claim, ClaimStatus, QuoteType, Speaker, SpeakerKind
from factcheck.extensions import db
from tests.helpers import TEST_PASSWORD, counted_statements, page_link
from tests.report_setup import publish

MOST_STATEMENTS = 10
SENTENCE = "Minister {n} said the harbour had {n} cranes. "
STATUSES = [ClaimStatus.NEW, ClaimStatus.IN_REVIEW, ClaimStatus.NEW, ClaimStatus.DISMISSED]


def build_desk(scale: int) -> dict:
    """Articles, speakers and claims in several states; `scale` multiplies every count."""
    reviewer = db.session.scalar(sa.select(User).where(User.role == Role.REVIEWER))
    editor = db.session.scalar(sa.select(User).where(User.role == Role.EDITOR))
    speakers = [Speaker(name=f"Speaker Number{n}", kind=SpeakerKind.PERSON) for n in range(3 * scale)]
    busy = speakers[0]
    articles = [article_with_claims(n, 10 * scale, speakers, busy, reviewer) for n in range(2 * scale)]
    db.session.commit()
    published = [claim for article in articles[:scale] for claim in db.session.scalars(
        sa.select(Claim).where(Claim.article_id == article.id).order_by(Claim.start).limit(2))]
    for claim in published:
        publish(claim, reviewer, editor)
    db.session.commit()
    return {"article": articles[0].id, "speaker": busy.id, "claim": published[0].id}


def article_with_claims(n: int, claims: int, speakers: list, busy: Speaker, reviewer: User) -> Article:
    body = "".join(SENTENCE.format(n=f"{n}-{k}") for k in range(claims))
    article = Article(title=f"Harbour report {n}", body=body, checksum=body_checksum(body), outlet="The Example")
    db.session.add(article)
    start = 0
    for k in range(claims):
        end = start + len(SENTENCE.format(n=f"{n}-{k}")) - 1
        status = STATUSES[k % len(STATUSES)]
        db.session.add(Claim(article=article, start=start, end=end, text=body[start:end], category="arsenal",
                             quote_type=QuoteType.INDIRECT, status=status,
                             speaker=busy if k % 2 else speakers[k % len(speakers)],
                             assignee=reviewer if status == ClaimStatus.IN_REVIEW else None))
        start = end + 1
    db.session.flush()
    return article


PAGES = {
    "home": "/",
    "article panel": "/articles/{article}/panel.json",
    "article list": "/articles/",
    "article page": "/articles/{article}",
    "report": "/articles/{article}/report",
    "queue": "/queue",
    "queue, a status": "/queue?status=new",
    "queue, a category": "/queue?category=arsenal",
    "queue, by speaker": "/queue?sort=speaker",
    "queue, one speaker": "/queue?speaker={speaker}",
    "queue, text": "/queue?q=harbour",
    "claim page": "/claims/{claim}",
    "speaker list": "/speakers/",
    "speaker page": "/speakers/{speaker}",
}


def statements_per_page(make_app, make_user, scale: int) -> dict[str, int]:
    app = make_app(PER_PAGE=8)  # the queue has a next page at both sizes
    editor = make_user(Role.EDITOR)
    make_user(Role.REVIEWER)
    with app.app_context():
        ids = build_desk(scale)
        engine = db.engine
    client = app.test_client()
    client.post("/login", data={"email": editor.email, "password": TEST_PASSWORD})
    counts = {}
    for name, url in PAGES.items():
        client.get(url.format(**ids))  # caches warmed (config files, the logged-in user's row)
        with counted_statements(engine) as statements:
            response = client.get(url.format(**ids))
        assert response.status_code == 200, (name, response.status_code)
        counts[name] = len(statements)
    next_page = page_link(client.get("/queue").get_data(as_text=True), "next")
    with counted_statements(engine) as statements:
        assert client.get(next_page).status_code == 200
    counts["queue, next page"] = len(statements)
    return counts


def test_statements_per_page_do_not_grow_with_the_data(make_app, make_user, app):
    small = statements_per_page(make_app, make_user, scale=1)
    with app.app_context():  # the fixture's own app shares this test's database: start it over
        db.drop_all()
        db.create_all()
    larger = statements_per_page(make_app, make_user, scale=4)
    grown = {name: (small[name], larger[name]) for name in larger if larger[name] != small[name]}
    assert grown == {}, f"statement counts grew with the data (small, larger): {grown}"
    too_many = {name: count for name, count in larger.items() if count > MOST_STATEMENTS}
    assert too_many == {}, f"pages over {MOST_STATEMENTS} statements: {too_many}"

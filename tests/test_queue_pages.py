"""The queue pages by keyset under every sort: every claim once, back and forth, while claims come and go."""
import re

import pytest
import sqlalchemy as sa

from factcheck.accounts.models import Role
from factcheck.articles.models import Article, body_checksum
from factcheck.claims.models import Claim, ClaimStatus, QuoteType, Speaker
from factcheck.extensions import db
from tests.helpers import TEST_PASSWORD, page_link

SENTENCE = "Line {n} of the record. "
SORTS = ["newest", "oldest", "article", "status", "speaker", "relevance"]


def seed(app, articles: int = 3, per_article: int = 9) -> list[int]:
    """Claims in three articles, under two speakers and none, in every status a reviewer can see."""
    with app.app_context():
        speakers = [Speaker(name="Wren Alder"), Speaker(name="Ivo Basalt"), None]
        for a in range(articles):
            body = f"Record {a}. " + "".join(SENTENCE.format(n=n) for n in range(per_article))
            article = Article(title=f"Record {a}", body=body, checksum=body_checksum(body))
            for n in range(per_article):
                start = body.index(f"Line {n} ")
                status = [ClaimStatus.NEW, ClaimStatus.DISMISSED, ClaimStatus.NEW][n % 3]
                db.session.add(Claim(article=article, start=start, end=start + 20, text=body[start:start + 20],
                                     quote_type=QuoteType.INDIRECT, status=status, speaker=speakers[(n + a) % 3]))
        db.session.commit()
        return db.session.scalars(sa.select(Claim.id)).all()


def reviewer_client(app, make_user):
    client = app.test_client()
    client.post("/login", data={"email": make_user(Role.REVIEWER).email, "password": TEST_PASSWORD})
    return client


def rows(html: str) -> list[int]:
    return [int(found) for found in re.findall(r'<tr data-claim="(\d+)"', html)]


def walk(client, url: str, rel: str) -> tuple[list[list[int]], str]:
    """Every page from `url` following `rel` links; the pages' claim ids and the last page's html."""
    pages = []
    while url:
        html = client.get(url).get_data(as_text=True)
        pages.append(rows(html))
        url = page_link(html, rel)
    return pages, html


@pytest.mark.parametrize("sort", SORTS)
def test_every_sort_pages_through_every_claim_once_and_back(make_app, make_user, sort):
    app = make_app(PER_PAGE=4)
    ids = seed(app)
    client = reviewer_client(app, make_user)
    query = "q=record" if sort == "relevance" else ""
    forward, last_html = walk(client, f"/queue?sort={sort}&{query}", "next")
    seen = [claim for page in forward for claim in page]
    assert sorted(seen) == sorted(ids) and len(forward) == 7  # 27 claims, 4 a page
    backward, _ = walk(client, page_link(last_html, "prev"), "prev")
    assert backward == forward[-2::-1]
    assert seen == [claim for page in forward for claim in page]


def test_sorts_order_as_labelled(make_app, make_user):
    app = make_app(PER_PAGE=100)
    seed(app)
    client = reviewer_client(app, make_user)
    with app.app_context():
        claims = {claim.id: claim for claim in db.session.scalars(sa.select(Claim)).all()}
        names = {claim.id: claim.speaker.name if claim.speaker else None for claim in claims.values()}
        statuses = {claim.id: claim.status.value for claim in claims.values()}
        places = {claim.id: (-claim.article_id, claim.start) for claim in claims.values()}
    by_speaker = rows(client.get("/queue?sort=speaker").get_data(as_text=True))
    assert [names[c] for c in by_speaker] == sorted(names.values(), key=lambda name: (name is None, name or ""))
    by_status = rows(client.get("/queue?sort=status").get_data(as_text=True))
    assert [statuses[c] for c in by_status] == sorted(statuses.values())
    by_article = rows(client.get("/queue?sort=article").get_data(as_text=True))
    assert [places[c] for c in by_article] == sorted(places.values())


def test_a_claim_added_or_removed_between_pages_neither_repeats_nor_skips_one(make_app, make_user):
    app = make_app(PER_PAGE=5)
    seed(app)
    client = reviewer_client(app, make_user)
    first = client.get("/queue").get_data(as_text=True)
    with app.app_context():  # a new claim arrives on top, and one on the next page is dismissed elsewhere
        body = "A late line. "
        db.session.add(Claim(article=Article(title="Late", body=body, checksum=body_checksum(body)), start=0,
                             end=12, text=body[:12], quote_type=QuoteType.INDIRECT))
        db.session.delete(db.session.get(Claim, rows(first)[-1] - 1))
        db.session.commit()
    second = rows(client.get(page_link(first, "next")).get_data(as_text=True))
    assert second == [rows(first)[-1] - n for n in range(2, 7)]


@pytest.mark.parametrize("token", ["abc", "W10", "WyJ4Il0", "eyJhIjoxfQ", "WzEsMl0", "!!!", "W3RydWVd",
                                   "Wzk5OTk5OTk5OTk5XQ", "Wy0xXQ"])
def test_a_broken_page_link_is_a_clear_400(make_user, login, client, token):
    login(make_user(Role.REVIEWER))
    response = client.get(f"/queue?after={token}")
    assert response.status_code == 400
    assert "page link (after) is not valid" in response.get_data(as_text=True)


@pytest.mark.parametrize("sort, token", [("status", "WzAsIm5vdCBhIHN0YXR1cyIsMV0"), ("relevance", "WzAsTmFOLDFd"),
                                         ("speaker", "WzAsNSwxLDJd"), ("speaker", "WzIsMV0")])
def test_a_page_link_of_the_wrong_kind_for_its_sort_is_a_400(client, make_user, login, sort, token):
    login(make_user(Role.REVIEWER))
    response = client.get(f"/queue?sort={sort}&q=record&after={token}")
    assert response.status_code == 400
    assert "page link (after) is not valid" in response.get_data(as_text=True)

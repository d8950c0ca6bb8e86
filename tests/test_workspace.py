"""The article workspace (claims panel beside the text), keyset pages, and the report's download links."""
import html
import re

import pytest
import sqlalchemy as sa

from factcheck.accounts.models import Role, User
from factcheck.articles.models import Article, body_checksum
from factcheck.claims.models import Claim, ClaimStatus, QuoteType, Speaker
from factcheck.extensions import db
from tests.report_setup import add_claim, make_report_article, publish

SENTENCE = "Speaker {n} said the depot holds {n} crates. "
SPEAKERS = ("Ada Quill", "Ben Rook", "Cora Vance")


def make_article(title: str, claims: int, assignee_id: int | None = None, voices: int = 3,
                 assignee_ids: tuple[int, ...] = ()) -> int:
    """An article of `claims` sentences, each one claim; every third in review, every second reported speech.

    The claims' speakers take turns among `voices` speakers; those in review, among the assignees.
    """
    body = "".join(SENTENCE.format(n=n) for n in range(claims))
    article = Article(title=title, body=body, checksum=body_checksum(body + title))
    names = SPEAKERS + tuple(f"Voice {k}" for k in range(len(SPEAKERS), voices))
    speakers = [db.session.scalar(sa.select(Speaker).where(Speaker.name == name)) or Speaker(name=name)
                for name in names]
    assignee_ids = assignee_ids or ((assignee_id,) if assignee_id else ())
    for n in range(claims):
        start = body.index(SENTENCE.format(n=n))
        in_review = assignee_ids and n % 3 == 0
        db.session.add(Claim(
            article=article, start=start, end=start + len(SENTENCE.format(n=n)) - 1, text=SENTENCE.format(n=n)[:-1],
            quote_type=QuoteType.INDIRECT if n % 2 else QuoteType.DIRECT, speaker=speakers[n % voices],
            category="arsenal" if n % 4 == 0 else None, status=ClaimStatus.IN_REVIEW if in_review else ClaimStatus.NEW,
            assignee_id=assignee_ids[n // 3 % len(assignee_ids)] if in_review else None))
    db.session.commit()
    return article.id


def add_claim_at(article_id: int, start: int, end: int) -> int:
    article = db.session.get(Article, article_id)
    claim = Claim(article=article, start=start, end=end, text=article.body[start:end], quote_type=QuoteType.DIRECT)
    db.session.add(claim)
    db.session.commit()
    return claim.id


def row_ids(page: str) -> list[int]:
    return [int(found) for found in re.findall(r'data-claim-row="(\d+)"', page)]


def link(page: str, rel: str) -> str | None:
    found = re.search(rf'<a href="([^"]+)" rel="{rel}"', page)
    return html.unescape(found.group(1)) if found else None


@pytest.fixture
def reviewer(make_user):
    return make_user(Role.REVIEWER)


@pytest.fixture
def small_pages(make_app, make_user):
    """An app showing 5 rows a page, with a logged-in reviewer: (app, client, reviewer)."""
    app = make_app(PER_PAGE=5)
    user = make_user(Role.REVIEWER)
    client = app.test_client()
    client.post("/login", data={"email": user.email, "password": "correct horse battery"})
    return app, client, user


def test_panel_shows_speaker_quote_type_category_status_and_assignee(app, client, login, reviewer):
    with app.app_context():
        article_id = make_article("Depots", 4, assignee_id=reviewer.id)
    login(reviewer)
    page = client.get(f"/articles/{article_id}").get_data(as_text=True)
    panel = page[page.index('id="workspace-panel"'):]
    first = panel[panel.index('data-claim-row="'):panel.index("</li>")]
    assert "<strong>Ada Quill</strong>" in first and "Speaker 0 said the depot holds 0 crates." in first
    assert ">direct<" in first and ">In review<" in first and "Assigned to Test reviewer" in first
    assert "Arsenal: weapons" in first
    second = panel[panel.index('data-claim-row="', panel.index("</li>")):]
    assert "<strong>Ben Rook</strong>" in second and ">reported<" in second and "Unassigned" in second
    assert "Matching claims: <span id=\"panel-total\">4</span>" in panel
    assert '<script src="/static/workspace.js"></script>' in page


def test_panel_filters_by_status_category_and_speaker_without_the_text(app, client, login, reviewer):
    with app.app_context():
        article_id = make_article("Depots", 12, assignee_id=reviewer.id)
        claims = db.session.execute(sa.select(Claim.id, Claim.status, Claim.category, Speaker.name)
                                    .join(Speaker).where(Claim.article_id == article_id).order_by(Claim.start)).all()
        rook = db.session.scalar(sa.select(Speaker.id).where(Speaker.name == "Ben Rook"))
    login(reviewer)
    for query, wanted in (("status=in_review", [c.id for c in claims if c.status == ClaimStatus.IN_REVIEW]),
                          ("category=arsenal", [c.id for c in claims if c.category == "arsenal"]),
                          (f"speaker={rook}", [c.id for c in claims if c.name == "Ben Rook"]),
                          (f"status=new&speaker={rook}", [c.id for c in claims
                                                           if c.name == "Ben Rook" and c.status == ClaimStatus.NEW])):
        answer = client.get(f"/articles/{article_id}/panel.json?{query}").get_json()
        assert row_ids(answer["rows"]) == wanted and answer["total"] == len(wanted), query
        assert "depot holds" in answer["rows"] and "article-body" not in answer["rows"]
    nothing = client.get(f"/articles/{article_id}/panel.json?status=approved").get_json()
    assert nothing["total"] == 0 and "No claims match." in nothing["rows"]
    # without the script, the same filters reload the page with the panel filtered
    page = client.get(f"/articles/{article_id}?category=arsenal").get_data(as_text=True)
    assert row_ids(page) == [c.id for c in claims if c.category == "arsenal"]


def test_panel_pages_neither_repeat_nor_skip_when_claims_are_added_between_loads(small_pages):
    app, client, _ = small_pages
    with app.app_context():
        article_id = make_article("Depots", 12)
        original = db.session.scalars(sa.select(Claim.id).where(Claim.article_id == article_id)
                                      .order_by(Claim.start)).all()
        body = db.session.get(Article, article_id).body
    first = client.get(f"/articles/{article_id}/panel.json").get_json()
    seen = row_ids(first["rows"])
    assert seen == original[:5] and first["next"]
    with app.app_context():  # one claim above the rows seen, one below them
        above = add_claim_at(article_id, 0, 7)
        below = add_claim_at(article_id, len(body) - 8, len(body) - 2)
    query = first["next"]
    while query:
        answer = client.get(f"/articles/{article_id}/panel.json?{query}").get_json()
        seen += row_ids(answer["rows"])
        query = answer["next"]
    assert seen == original + [below]
    assert above not in seen and answer["total"] == 14


def test_panel_pages_keep_their_filter(small_pages):
    app, client, _ = small_pages
    with app.app_context():
        article_id = make_article("Depots", 30)
        quill = db.session.execute(sa.select(Claim.id).join(Speaker).where(Speaker.name == "Ada Quill")
                                   .order_by(Claim.start)).scalars().all()
        speaker = db.session.scalar(sa.select(Speaker.id).where(Speaker.name == "Ada Quill"))
    page = client.get(f"/articles/{article_id}?speaker={speaker}").get_data(as_text=True)
    more = re.search(r'data-query="([^"]*)"', page).group(1)
    assert f"speaker={speaker}" in html.unescape(more)
    second = client.get(f"/articles/{article_id}/panel.json?{html.unescape(more)}").get_json()
    assert row_ids(page) + row_ids(second["rows"]) == quill[:10]


def test_panel_starts_at_a_chosen_claim_and_refuses_bad_positions(small_pages):
    app, client, _ = small_pages
    with app.app_context():
        article_id, other_id = make_article("Depots", 12), make_article("Other depots", 2)
        ids = db.session.scalars(sa.select(Claim.id).where(Claim.article_id == article_id)
                                 .order_by(Claim.start)).all()
        foreign = db.session.scalar(sa.select(Claim.id).where(Claim.article_id == other_id))
    answer = client.get(f"/articles/{article_id}/panel.json?claim={ids[8]}&status=approved").get_json()
    assert row_ids(answer["rows"]) == ids[8:12] and answer["next"] is None
    assert client.get(f"/articles/{article_id}/panel.json?claim={foreign}").status_code == 404
    assert client.get(f"/articles/{article_id}/panel.json?after=5-2147483647").get_json()["total"] == 12
    for bad in ("after=abc", "after=1-", "after=99999999999-1", "after=5-2147483648", "claim=x", "speaker=-3"):
        response = client.get(f"/articles/{article_id}/panel.json?{bad}")
        assert response.status_code == 400, bad


def db_user(app, user_id: int) -> str:
    with app.app_context():
        return db.session.get(User, user_id).email


def count_statements(app, client, url: str) -> tuple[int, str]:
    statements = []

    def record(conn, cursor, statement, *args):
        statements.append(statement)

    with app.app_context():
        engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        response = client.get(url)
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
    assert response.status_code == 200
    return len(statements), response.get_data(as_text=True)


def test_article_page_statements_do_not_grow_with_its_claims(app, client, login, make_user):
    """Many speakers and assignees, so that loading any of them one by one would show."""
    reviewers = tuple(make_user(Role.REVIEWER).id for _ in range(6))
    with app.app_context():
        few = make_article("Few", 10, voices=40, assignee_ids=reviewers)
        many = make_article("Many", 200, voices=40, assignee_ids=reviewers)
    login(db_user(app, reviewers[0]))
    few_count, few_page = count_statements(app, client, f"/articles/{few}")
    many_count, many_page = count_statements(app, client, f"/articles/{many}")
    assert many_page.count(' data-claim="') == 200 and len(row_ids(many_page)) == 25
    assert few_page.count(' data-claim="') == 10 and len(row_ids(few_page)) == 10
    assert few_count == many_count
    assert count_statements(app, client, f"/articles/{many}/panel.json?after=0-0")[0] < few_count


def test_article_list_pages_by_keyset(small_pages):
    app, client, _ = small_pages
    with app.app_context():
        ids = [make_article(f"Story {n}", 1) for n in range(8)][::-1]  # newest first
    first = client.get("/articles/").get_data(as_text=True)
    listed = article_ids(first)
    assert listed == ids[:5] and link(first, "prev") is None and "8 articles" in first
    with app.app_context():
        newer = make_article("Story late", 1)
    second = client.get(link(first, "next")).get_data(as_text=True)
    assert article_ids(second) == ids[5:] and link(second, "next") is None and "9 articles" in second
    back = client.get(link(second, "prev")).get_data(as_text=True)
    assert article_ids(back) == ids[:5] and link(back, "prev")
    assert article_ids(client.get(link(back, "prev")).get_data(as_text=True)) == [newer]


def article_ids(page: str) -> list[int]:
    return [int(found) for found in re.findall(r'<td><a href="/articles/(\d+)">', page)]


def test_speaker_claims_page_by_keyset(small_pages):
    app, client, _ = small_pages
    with app.app_context():
        article_id = make_article("Depots", 21)
        speaker = db.session.scalar(sa.select(Speaker).where(Speaker.name == "Ada Quill"))
        ids = db.session.scalars(sa.select(Claim.id).where(Claim.speaker_id == speaker.id)
                                 .order_by(Claim.id.desc())).all()
        speaker_id, body = speaker.id, db.session.get(Article, article_id).body
    assert len(ids) == 7
    first = client.get(f"/speakers/{speaker_id}").get_data(as_text=True)
    assert speaker_claim_ids(first) == ids[:5] and "Claims (7)" in first
    with app.app_context():  # a newer claim arrives while the first page is read
        added = add_claim_at(article_id, len(body) - 8, len(body) - 2)
        db.session.get(Claim, added).speaker_id = speaker_id
        db.session.commit()
    second = client.get(link(first, "next")).get_data(as_text=True)
    assert speaker_claim_ids(second) == ids[5:] and "Claims (8)" in second and link(second, "next") is None


def speaker_claim_ids(page: str) -> list[int]:
    table = page[page.index('id="speaker-claims"'):page.index("</table>", page.index('id="speaker-claims"'))]
    return [int(found) for found in re.findall(r'href="/claims/(\d+)"', table)]


@pytest.fixture
def published_article(app, make_user):
    reviewer, editor = make_user(Role.REVIEWER), make_user(Role.EDITOR)
    with app.app_context():
        reviewer, editor = db.session.get(User, reviewer.id), db.session.get(User, editor.id)
        article, other = make_report_article("Bridge"), make_report_article("Other bridge")
        publish(add_claim(article, "We have the money,", "Ada Quill"), reviewer, editor)
        add_claim(article, "the deck was unsafe", "Ben Rook")
        publish(add_claim(other, "the works were on budget", "Ben Rook"), reviewer, editor)
        db.session.commit()
        return {"article": article.id, "reviewer": reviewer.email, "editor": editor.email}


def test_report_links_the_articles_exports(client, login, published_article):
    article_id = published_article["article"]
    login(published_article["editor"])
    page = html.unescape(client.get(f"/articles/{article_id}/report").get_data(as_text=True))
    for url in (f"/articles/{article_id}/report.pdf", f"/claimreview.json?article={article_id}",
                f"/exports/claims.csv?article={article_id}", f"/exports/claims.json?article={article_id}"):
        assert f'href="{url}"' in page, url
    exported = client.get(f"/exports/claims.json?article={article_id}").get_json()["claims"]
    assert {claim["article_id"] for claim in exported} == {article_id} and len(exported) == 2
    csv_rows = client.get(f"/exports/claims.csv?article={article_id}").get_data(as_text=True).splitlines()
    assert len(csv_rows) == 3
    reviews = client.get(f"/claimreview.json?article={article_id}").get_json()
    assert [review["claimReviewed"] for review in reviews] == ["We have the money"]
    assert len(client.get("/claimreview.json").get_json()) == 2


def test_report_offers_exports_only_to_those_allowed(make_app, client, login, published_article):
    article_id = published_article["article"]
    login(published_article["reviewer"])
    page = html.unescape(client.get(f"/articles/{article_id}/report").get_data(as_text=True))
    assert f'href="/claimreview.json?article={article_id}"' in page and "/exports/claims.csv" not in page
    assert client.get(f"/exports/claims.csv?article={article_id}").status_code == 403
    public = make_app(create_tables=False, PUBLIC_REPORTS=True).test_client()
    assert public.get(f"/claimreview.json?article={article_id}").status_code == 200
    with public.application.app_context():
        hidden = make_article("Nothing published yet", 1)
    assert public.get(f"/claimreview.json?article={hidden}").status_code == 404
    assert public.get("/claimreview.json?article=abc").status_code == 400


def test_list_pages_statements_do_not_grow_with_their_rows(app, client, login, reviewer):
    with app.app_context():
        make_article("First", 9, assignee_id=reviewer.id)  # Ada Quill: 3 claims
        quill = db.session.scalar(sa.select(Speaker.id).where(Speaker.name == "Ada Quill"))
    login(reviewer)
    few_articles, _ = count_statements(app, client, "/articles/")
    few_claims, _ = count_statements(app, client, f"/speakers/{quill}")
    with app.app_context():
        for n in range(15):
            make_article(f"More {n}", 3, assignee_id=reviewer.id)
    many_articles, articles = count_statements(app, client, "/articles/")
    many_claims, claims = count_statements(app, client, f"/speakers/{quill}")
    assert len(article_ids(articles)) == 16 and len(speaker_claim_ids(claims)) == 18
    assert (many_articles, many_claims) == (few_articles, few_claims)

"""Importing articles: paste, upload, details from the text, duplicates and every bad input."""
import io

import pytest
import sqlalchemy as sa

from factcheck.articles.models import Article
from factcheck.audit.models import Event
from factcheck.claims.models import Claim
from factcheck.extensions import db

ARTICLE = """Harbour council delays vote on ferry fares

THE COASTAL COURIER

Monday, May 4, 2026

By Ines Marlowe

The harbour council delayed its vote on ferry fares, its chair said on Friday.
"We need another month," said Petra Lind, the council's chair.
"""


@pytest.fixture
def logged_in(client, make_user, login):
    user = make_user()
    login(user)
    return user


def stored_articles(app):
    with app.app_context():
        return db.session.scalars(sa.select(Article)).all()


def post_import(client, **data):
    return client.post("/articles/import", data=data, content_type="multipart/form-data")


def test_pasted_article_is_stored_with_details_from_its_leading_lines(app, client, logged_in):
    response = post_import(client, body=ARTICLE.replace("\n", "\r\n"), url="https://courier.example/ferry")
    assert response.status_code == 302
    [article] = stored_articles(app)
    assert article.body == ARTICLE  # the browser's CRLF line breaks are the writer's LF
    assert article.title == "Harbour council delays vote on ferry fares"
    assert article.outlet == "THE COASTAL COURIER"
    assert article.author == "Ines Marlowe"
    assert str(article.published_on) == "2026-05-04"
    assert article.imported_by_id == logged_in.id
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Harbour council delays vote on ferry fares" in page
    assert "We need another month," in page and "said Petra Lind" in page


def test_typed_details_win_over_the_ones_in_the_text(app, client, logged_in):
    post_import(client, body=ARTICLE, title="My title", author="Someone Else", published_on="2026-05-05")
    [article] = stored_articles(app)
    assert (article.title, article.author, str(article.published_on)) == ("My title", "Someone Else", "2026-05-05")


def test_preview_fills_the_form_and_stores_nothing(app, client, logged_in):
    response = post_import(client, body=ARTICLE, preview="Fill in details from the text")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert 'value="Ines Marlowe"' in page and 'value="2026-05-04"' in page
    assert stored_articles(app) == []


def test_uploaded_text_file_is_stored_exactly(app, client, logged_in):
    data = "Title line\n\nThe mayor said on Tuesday that the bridge “will open in June”.\r\n".encode()
    response = post_import(client, upload=(io.BytesIO(data), "story.txt"))
    assert response.status_code == 302
    [article] = stored_articles(app)
    assert article.body.encode() == data


def test_uploaded_html_is_turned_into_text_and_details(app, client, logged_in):
    page = b"""<html><head><title>Port reopens</title><meta name="author" content="Ada Quill">
    <meta property="article:published_time" content="2026-02-03T10:00:00Z"><script>var x = "<p>no</p>";</script>
    </head><body><nav>Home | News</nav><h1>Port reopens</h1><p>The port &amp; the docks reopened.</p>
    <p>&ldquo;We are back,&rdquo; said the harbour master.</p></body></html>"""
    response = post_import(client, upload=(io.BytesIO(page), "port.html"))
    assert response.status_code == 302
    [article] = stored_articles(app)
    assert article.body == "Port reopens\n\nThe port & the docks reopened.\n\n“We are back,” said the harbour master.\n"
    assert (article.title, article.author, str(article.published_on)) == ("Port reopens", "Ada Quill", "2026-02-03")


def test_reimporting_the_same_text_links_to_the_existing_article(app, client, logged_in):
    post_import(client, body=ARTICLE)
    [existing] = stored_articles(app)
    response = post_import(client, body=ARTICLE, title="Another title")
    assert response.status_code == 409
    assert f'href="/articles/{existing.id}"' in response.get_data(as_text=True)
    assert b"imported before" in response.data
    assert len(stored_articles(app)) == 1


@pytest.mark.parametrize("data, message", [
    ({"body": ""}, "The article is empty"),
    ({"body": "  \r\n\t  "}, "The article is empty"),
    ({"upload": (io.BytesIO(b"Caf\xe9 owners said prices rose."), "latin1.txt")}, "not UTF-8"),
    ({"upload": (io.BytesIO(b"%PDF-1.7"), "story.pdf")}, "other types are not supported"),
    ({"upload": (io.BytesIO(b"   \n"), "blank.txt")}, "The article is empty"),
    ({"body": "Some text", "upload": (io.BytesIO(b"More"), "x.txt")}, "not both"),
    ({"body": "Some text", "url": "javascript:alert(1)"}, "http:// or https://"),
    ({"body": "Some text", "url": "http//missing-colon"}, "http:// or https://"),
    ({"body": "Some text", "published_on": "31/02/2026"}, "Not a valid date"),
    ({"body": "Mojibake \ufffd text"}, "wrong encoding"),
])
def test_bad_input_is_a_form_error_and_stores_nothing(app, client, logged_in, data, message):
    response = post_import(client, **data)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert stored_articles(app) == []
    with app.app_context():
        assert db.session.scalars(sa.select(Event)).all() == []


def test_article_over_the_size_limit_is_refused(make_app, make_user):
    app = make_app(MAX_ARTICLE_BYTES=1000)
    client = app.test_client()
    user = make_user()
    client.post("/login", data={"email": user.email, "password": "correct horse battery"})
    big = "é" * 501  # 1002 bytes of UTF-8 in 501 characters
    for data in ({"body": big}, {"upload": (io.BytesIO(big.encode()), "big.txt")}):
        response = post_import(client, **data)
        assert response.status_code == 400
        assert "the limit is 1,000 bytes" in response.get_data(as_text=True)
    assert stored_articles(app) == []


def test_default_size_limit_is_one_megabyte(app):
    assert app.config["MAX_ARTICLE_BYTES"] == 1_000_000


def test_import_is_audited_and_claims_are_extracted(app, client, logged_in):
    post_import(client, body=ARTICLE)
    with app.app_context():
        imported, extracted = db.session.scalars(sa.select(Event).where(
            Event.speaker_id.is_(None)).order_by(Event.id)).all()
        assert imported.action == "article_imported" and imported.actor_id == logged_in.id
        assert extracted.action == "claims_extracted" and extracted.details["claims"] >= 1
        [article] = db.session.scalars(sa.select(Article)).all()
        quote = db.session.scalar(sa.select(Claim).where(Claim.text.contains("another month")))
        assert quote.speaker.name == "Petra Lind"
        assert article.body[quote.start:quote.end] == quote.text


def test_article_text_is_escaped(app, client, logged_in):
    post_import(client, body="<script>alert('x')</script> said the <b>mayor</b>.", title="<i>t</i>")
    [article] = stored_articles(app)
    page = client.get(f"/articles/{article.id}").get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<i>t</i>" not in page


def docx_bytes(paragraphs: list[str], title: str | None = None, author: str | None = None) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.core_properties.title = title or ""
    document.core_properties.author = author or ""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_uploaded_docx_is_turned_into_text_and_details(app, client, logged_in):
    data = docx_bytes(["Quay to close for repairs", "", "“The quay is unsafe,” said the harbour master."],
                      title="Quay to close", author="Ada Quill")
    response = post_import(client, upload=(io.BytesIO(data), "quay.docx"))
    assert response.status_code == 302
    [article] = stored_articles(app)
    assert article.body == "Quay to close for repairs\n\n“The quay is unsafe,” said the harbour master.\n"
    assert (article.title, article.author) == ("Quay to close", "Ada Quill")


@pytest.mark.parametrize("data", [b"not a zip at all", b"PK\x03\x04broken"])
def test_unreadable_docx_is_refused(app, client, logged_in, data):
    response = post_import(client, upload=(io.BytesIO(data), "broken.docx"))
    assert response.status_code == 400
    assert "not a readable .docx" in response.get_data(as_text=True)
    assert stored_articles(app) == []

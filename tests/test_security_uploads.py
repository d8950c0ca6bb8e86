"""Finding 1 and part of 6: Word uploads are measured before they are parsed; long or NUL-bearing
details found in an uploaded file never reach the database as they are."""
import io
import re
import zipfile

import docx
import pytest
import sqlalchemy as sa

from factcheck.articles.docx import BASE_BYTES, BASE_ELEMENTS
from factcheck.articles.models import Article
from factcheck.extensions import db

SMALL_LIMIT = 10_000  # MAX_ARTICLE_BYTES for these tests: the archive limits scale with it


@pytest.fixture
def client(make_app, make_user, login):
    app = make_app(MAX_ARTICLE_BYTES=SMALL_LIMIT)
    client = app.test_client()
    client.post("/login", data={"email": make_user().email, "password": "correct horse battery"})
    client.application = app
    return client


def word_file(*replaced: tuple[str, bytes], paragraphs=("A short article.",)) -> bytes:
    """A real .docx from python-docx, with some members replaced or added."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    original = io.BytesIO()
    document.save(original)
    replacements = dict(replaced)
    result = io.BytesIO()
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, replacements.pop(item.filename, source.read(item)))
        for name, data in replacements.items():
            target.writestr(name, data)
    return result.getvalue()


def upload(client, data: bytes):
    return client.post("/articles/import", data={"upload": (io.BytesIO(data), "article.docx")},
                       content_type="multipart/form-data")


def stored(client) -> list[Article]:
    with client.application.app_context():
        return db.session.scalars(sa.select(Article)).all()


def test_a_huge_part_other_than_the_text_is_refused(client):
    styles = b'<?xml version="1.0"?><w:styles xmlns:w="x">' + b" " * (BASE_BYTES + 60 * SMALL_LIMIT) + b"</w:styles>"
    data = word_file(("word/styles.xml", styles))
    assert len(data) < 100_000  # a small upload that unpacks to more than 10 MB
    response = upload(client, data)
    assert response.status_code == 400
    assert "far larger than the article size limit" in response.get_data(as_text=True)
    assert stored(client) == []


def test_masses_of_empty_markup_are_refused_before_parsing(client):
    body = b"<w:p/>" * (BASE_ELEMENTS + SMALL_LIMIT)  # far more elements than such an article needs
    document = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                b'wordprocessingml/2006/main"><w:body>' + body + b"</w:body></w:document>")
    response = upload(client, word_file(("word/document.xml", document)))
    assert response.status_code == 400
    assert "far more markup than an article" in response.get_data(as_text=True)


def test_an_archive_of_countless_members_is_refused(client):
    extra = [(f"customXml/item{n}.xml", b"<a/>") for n in range(1_100)]
    response = upload(client, word_file(*extra))
    assert response.status_code == 400
    assert "more than 1,000 parts" in response.get_data(as_text=True)


def test_an_ordinary_word_file_still_imports(client):
    paragraphs = [f"Paragraph {n} of the report, said the mayor." for n in range(50)]
    response = upload(client, word_file(paragraphs=paragraphs))
    assert response.status_code == 302
    assert len(stored(client)) == 1


def test_a_word_title_over_the_column_length_is_shortened(client):
    core = word_file()  # python-docx writes at most 255 characters; other programs write more
    with zipfile.ZipFile(io.BytesIO(core)) as archive:
        properties = archive.read("docProps/core.xml").decode()
    properties = re.sub(r"<dc:title>.*?</dc:title>|<dc:title/>", "", properties).replace(
        "</cp:coreProperties>", f"<dc:title>{'Long ' * 200}</dc:title></cp:coreProperties>")
    response = upload(client, word_file(("docProps/core.xml", properties.encode())))
    assert response.status_code == 302
    [article] = stored(client)
    assert len(article.title) == 500 and article.title.startswith("Long Long")


def test_html_details_over_their_lengths_or_with_nul_are_made_storable(client):
    page = (f"<html><head><title>{'T' * 600}</title><meta property='og:site_name' content='{'S' * 300}'>"
            "<meta name='author' content='Ann&#0;Lee\x00'></head><body><p>The mayor said the port is open.</p>"
            "</body></html>")
    response = client.post("/articles/import", data={"upload": (io.BytesIO(page.encode()), "page.html")},
                           content_type="multipart/form-data")
    assert response.status_code == 302
    [article] = stored(client)
    assert (len(article.title), len(article.outlet)) == (500, 200)
    assert "\x00" not in article.author


def test_a_text_file_holding_nul_is_refused(client):
    response = client.post("/articles/import", data={"upload": (io.BytesIO(b"The mayor\x00 said so.\n"), "a.txt")},
                           content_type="multipart/form-data")
    assert response.status_code == 400
    assert "NUL" in response.get_data(as_text=True)
    assert stored(client) == []

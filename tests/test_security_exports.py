"""Findings 4, 6 and 7 for exports: formulas defused, a failed stream says so, one charset."""
import csv
import io
import json
import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import OperationalError

from factcheck.accounts.models import Role, User
from factcheck.articles.models import Article, body_checksum
from factcheck.claims.models import Claim, QuoteType
from factcheck.extensions import db
from factcheck.reports.exports import BATCH, csv_chunks, json_chunks
from tests.helpers import TEST_PASSWORD
from tests.report_setup import add_claim, publish

HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+1+2", "-2+3", "@SUM(A1)", "\tindented", "\rreturned"]
BODY = " ".join(f"They said {text} today." for text in HOSTILE) + "\n"


@pytest.fixture
def hostile_claims(app, make_user):
    reviewer, editor = make_user(Role.REVIEWER), make_user(Role.EDITOR)
    with app.app_context():
        reviewer, editor = db.session.get(User, reviewer.id), db.session.get(User, editor.id)
        article = Article(title="=cmd|' /C calc'!A0", body=BODY, checksum=body_checksum(BODY))
        db.session.add(article)
        claims = [add_claim(article, text, f"Speaker {n}") for n, text in enumerate(HOSTILE)]
        publish(claims[0], reviewer, editor, summary="-1 is the answer")
        db.session.commit()
        return editor.email


def test_csv_cells_that_a_spreadsheet_would_run_are_defused(client, login, hostile_claims):
    login(hostile_claims)
    response = client.get("/exports/claims.csv")
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True), newline="")))
    assert sorted(row["text"] for row in rows) == sorted("'" + text for text in HOSTILE)
    assert {row["article_title"] for row in rows} == {"'=cmd|' /C calc'!A0"}
    assert {row["summary"] for row in rows} == {"'-1 is the answer", ""}
    assert {row["start"][0] for row in rows} <= set("0123456789")  # numbers stay numbers


def test_json_export_is_not_altered(client, login, hostile_claims):
    login(hostile_claims)
    claims = json.loads(client.get("/exports/claims.json").get_data(as_text=True))["claims"]
    assert sorted(claim["text"] for claim in claims) == sorted(HOSTILE)


def test_csv_content_type_names_its_charset_once(client, login, hostile_claims):
    login(hostile_claims)
    for fmt, mimetype in (("csv", "text/csv"), ("json", "application/json")):
        assert client.get(f"/exports/claims.{fmt}").headers["Content-Type"] == f"{mimetype}; charset=utf-8"


def failing_after(count: int):
    """Records as the export query yields them, until the database connection is lost."""
    for n in range(count):
        yield {"id": n, "text": f"claim {n}"}
    raise OperationalError("SELECT ...", {}, Exception("server closed the connection unexpectedly"))


def streamed(chunks) -> tuple[str, Exception | None]:
    text = []
    try:
        for chunk in chunks:
            text.append(chunk)
    except OperationalError as error:
        return "".join(text), error
    return "".join(text), None


def test_json_export_cut_short_says_so_and_breaks_the_stream():
    text, error = streamed(json_chunks(failing_after(3)))
    assert error is not None  # the server breaks the transfer: the client sees an incomplete response
    data = json.loads(text)  # and what arrived is still JSON, saying it is incomplete
    assert len(data["claims"]) == 3
    assert "incomplete" in data["error"]


def test_csv_export_cut_short_ends_with_an_error_line():
    text, error = streamed(csv_chunks(failing_after(3)))
    assert error is not None
    lines = text.splitlines()
    assert len(lines) == 5 and lines[-1].startswith("#ERROR:") and "incomplete" in lines[-1]


def test_a_whole_export_has_no_error_marker():
    assert "error" not in json.loads(streamed(json_chunks(iter([{"id": 1}])))[0])


@pytest.mark.postgres
def test_export_over_http_ends_with_an_error_when_the_database_drops(make_app, make_user, database_url):
    """A real failure mid-stream: PostgreSQL ends the export's connection after the first batch."""
    if not database_url.startswith("postgresql"):
        pytest.skip("runs on PostgreSQL only (FACTCHECK_TEST_DATABASE_URL), which can drop a connection mid-query")
    name = f"factcheck-export-{uuid.uuid4().hex[:12]}"
    app = make_app(DATABASE_URL=str(sa.make_url(database_url).update_query_dict({"application_name": name})))
    editor = make_user(Role.EDITOR)
    with app.app_context():
        body = "x" * 3 * BATCH
        article = Article(title="Many claims", body=body, checksum=body_checksum(body))
        db.session.add(article)
        db.session.flush()
        db.session.execute(sa.insert(Claim), [{"article_id": article.id, "text": "x", "start": n, "end": n + 1,
                                                "quote_type": QuoteType.DIRECT} for n in range(3 * BATCH)])
        db.session.commit()
    client = app.test_client()
    client.post("/login", data={"email": editor.email, "password": TEST_PASSWORD})
    response = client.get("/exports/claims.json")
    body = iter(response.response)
    received = [next(body) for _ in range(BATCH // 2)]
    other = sa.create_engine(database_url)
    with other.connect() as connection:  # ends only this test's connections, found by their name
        connection.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE application_name = :n"), {"n": name})
    other.dispose()
    with pytest.raises(OperationalError):
        received.extend(body)
    data = json.loads(b"".join(received))
    assert BATCH // 2 <= len(data["claims"]) < 3 * BATCH
    assert "incomplete" in data["error"]

"""CSV and JSON exports and the export command: filters, round trips, nothing unpublished."""
import csv
import io
import json

import pytest

from factcheck.accounts.models import Role, User
from factcheck.cli import cli
from factcheck.extensions import db
from factcheck.reports.exports import FIELDNAMES
from tests.helpers import skip_or_fail_in_ci
from tests.report_setup import add_claim, make_report_article, publish, review


@pytest.fixture
def claims(app, make_user):
    reviewer, editor = make_user(Role.REVIEWER), make_user(Role.EDITOR)
    with app.app_context():
        reviewer, editor = db.session.get(User, reviewer.id), db.session.get(User, editor.id)
        article = make_report_article()
        published = add_claim(article, "We have the money,", "Ada Quill")
        submitted = add_claim(article, "the deck was unsafe", "Ben Rook")
        add_claim(article, "the works were on budget", "transport ministry")
        other = make_report_article("Another article")
        add_claim(other, "the bridge would open in June", "Ada Quill")
        publish(published, reviewer, editor, veracity="mostly_true", summary="Mostly so.")
        review(submitted, reviewer, summary="UNAPPROVED DRAFT")
        db.session.commit()
        return {"article": article.id, "editor": editor.email, "reviewer": reviewer.email}


def parse_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_round_trip_with_filters(client, login, claims):
    login(claims["editor"])
    response = client.get("/exports/claims.csv")
    assert response.mimetype == "text/csv"
    rows = parse_csv(response.get_data(as_text=True))
    assert len(rows) == 4 and list(rows[0]) == FIELDNAMES
    one_article = client.get(f"/exports/claims.csv?article={claims['article']}").get_data(as_text=True)
    assert len(parse_csv(one_article)) == 3
    approved = parse_csv(client.get("/exports/claims.csv?status=approved").get_data(as_text=True))
    assert [(r["text"], r["veracity"], r["veracity_label"], r["summary"]) for r in approved] == [
        ("We have the money,", "mostly_true", "Mostly true", "Mostly so.")]
    assert len(parse_csv(client.get("/exports/claims.csv?q=Ada").get_data(as_text=True))) == 2


def test_unapproved_verdicts_never_leave(client, login, claims):
    login(claims["editor"])
    for fmt in ("csv", "json"):
        body = client.get(f"/exports/claims.{fmt}").get_data(as_text=True)
        assert "UNAPPROVED DRAFT" not in body


def test_json_export_parses(client, login, claims):
    login(claims["editor"])
    data = json.loads(client.get("/exports/claims.json?status=new").get_data(as_text=True))
    assert {claim["text"] for claim in data["claims"]} == {"the works were on budget", "the bridge would open in June"}
    assert all(claim["attribution"] is None for claim in data["claims"])


def test_exports_are_for_editors(client, login, claims):
    login(claims["reviewer"])
    assert client.get("/exports/claims.csv").status_code == 403


def test_export_command(app, runner, claims, tmp_path):
    out = tmp_path / "claims.csv"
    result = runner.invoke(cli, ["export", "--format", "csv", "--status", "approved", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(parse_csv(out.read_text(encoding="utf-8"))) == 1

    result = runner.invoke(cli, ["export", "--format", "claimreview"])
    reviews = json.loads(result.output)
    assert [r["claimReviewed"] for r in reviews] == ["We have the money"]

    result = runner.invoke(cli, ["export", "--format", "html", "--article", str(claims["article"])])
    assert "Fact-check report" in result.output and "UNAPPROVED DRAFT" not in result.output

    result = runner.invoke(cli, ["export", "--format", "pdf"])
    assert result.exit_code != 0 and "give --article ID" in result.output
    result = runner.invoke(cli, ["export", "--format", "json", "--article", "999"])
    assert result.exit_code != 0 and "no article 999" in result.output


def test_export_command_writes_a_pdf(runner, claims, tmp_path):
    from factcheck.reports.pdf import pdf_unavailable_reason

    if pdf_unavailable_reason():
        skip_or_fail_in_ci(pdf_unavailable_reason())
    out = tmp_path / "report.pdf"
    result = runner.invoke(cli, ["export", "--format", "pdf", "--article", str(claims["article"]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")

"""Article reports, ClaimReview and the PDF: only published verdicts, in text order, with corrections."""
import json
import re

import pytest
import sqlalchemy as sa

from factcheck.accounts.models import Role, User
from factcheck.claims.models import SpeakerKind
from factcheck.extensions import db
from factcheck.reports.claimreview import shorten, validate_claim_review
from factcheck.reports.pdf import pdf_unavailable_reason
from tests.helpers import skip_or_fail_in_ci
from tests.report_setup import add_claim, correct, make_report_article, publish, review


@pytest.fixture
def desk(app, make_user):
    """An article with a published, a corrected, a submitted and a new claim."""
    reviewer, editor = make_user(Role.REVIEWER), make_user(Role.EDITOR)
    with app.app_context():
        reviewer, editor = db.session.get(User, reviewer.id), db.session.get(User, editor.id)
        article = make_report_article()
        quote = add_claim(article, "We have the money,", "Ada Quill", role="mayor")
        ministry = add_claim(article, "the works were on budget", "transport ministry", SpeakerKind.ORGANISATION)
        pending = add_claim(article, "the deck was unsafe", "Ben Rook")
        add_claim(article, "the bridge would open in June", "Ada Quill")
        publish(ministry, reviewer, editor, attribution="accurate", veracity="mostly_false")
        publish(quote, reviewer, editor, attribution="accurate", veracity="true")
        correct(quote, reviewer, editor, "The council later found the money was short.",
                attribution="fair_paraphrase", veracity="half_true", summary="Only half the money.")
        review(pending, reviewer, summary="DRAFT SECRET SUMMARY")
        db.session.commit()
        return {"article": article.id, "quote": quote.id, "ministry": ministry.id, "pending": pending.id,
                "editor": editor.email}


def report_page(client, login, desk, body_only=True):
    login(desk["editor"])
    page = client.get(f"/articles/{desk['article']}/report").get_data(as_text=True)
    page = " ".join(page.split())
    return page[page.index('<article class="report">'):] if body_only else page


def test_report_shows_published_claims_in_text_order(client, login, desk):
    page = report_page(client, login, desk)
    assert page.index("We have the money,") < page.index("the works were on budget")
    assert "2 claims checked; 2 more still being checked (not shown)" in page
    assert "the deck was unsafe" not in page and "DRAFT SECRET SUMMARY" not in page
    assert "Mostly false" in page and "Half true" in page and "Fair paraphrase" in page
    assert "Ada Quill</strong>, mayor" in page
    assert "Council records" in page and "Refutes the claim" in page and "Primary source" in page
    assert re.search(r"Reviewed by Test reviewer .*approved by Test editor on \d{4}-\d{2}-\d{2}", page, re.S)


def test_corrections_are_shown_with_their_notes(client, login, desk):
    page = report_page(client, login, desk)
    assert "Correction</strong>" in page and "The council later found the money was short." in page
    assert "Earlier verdict, approved" in page and "is it true? True." in page


def test_report_embeds_valid_claim_review(client, login, desk):
    page = report_page(client, login, desk, body_only=False)
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert [validate_claim_review(item) for item in data] == [[], []]
    quote = next(item for item in data if item["url"].endswith(f"#claim-{desk['quote']}"))
    assert quote["claimReviewed"] == "We have the money"
    assert quote["reviewRating"] == {"@type": "Rating", "alternateName": "Half true; attribution: fair paraphrase",
                                     "ratingValue": 3, "bestRating": 5, "worstRating": 1}
    assert quote["itemReviewed"]["author"] == {"@type": "Person", "name": "Ada Quill", "jobTitle": "mayor"}
    assert quote["itemReviewed"]["appearance"]["url"] == "https://news.example/bridge"
    ministry = next(item for item in data if item["url"].endswith(f"#claim-{desk['ministry']}"))
    assert ministry["itemReviewed"]["author"]["@type"] == "Organization"
    assert quote["author"] == {"@type": "Organization", "name": "factcheck desk", "url": "http://127.0.0.1:5000/"}


def test_claim_review_feed_lists_only_published(client, login, desk):
    login(desk["editor"])
    feed = client.get("/claimreview.json").get_json()
    assert len(feed) == 2
    assert all(validate_claim_review(item) == [] for item in feed)
    assert "deck" not in json.dumps(feed)


def test_reports_need_a_login_unless_public(make_app, desk, app):
    client = app.test_client()
    assert client.get(f"/articles/{desk['article']}/report").status_code == 302
    assert client.get("/claimreview.json").status_code == 302
    public = make_app(create_tables=False, PUBLIC_REPORTS=True).test_client()
    assert public.get(f"/articles/{desk['article']}/report").status_code == 200
    assert public.get("/claimreview.json").status_code == 200
    assert public.get(f"/claims/{desk['quote']}").status_code == 302  # the desk itself stays private


def test_shorten_keeps_claim_reviewed_under_75_characters():
    long = "The minister said that the new bridge across the river would be finished long before the winter storms"
    short = shorten(long)
    assert len(short) < 75 and short.endswith("…") and long.startswith(short[:-1])
    assert shorten("“Short,”") == "Short"


def test_validator_finds_missing_fields():
    rating = {"@type": "Rating", "ratingValue": 9, "bestRating": 5, "worstRating": 1}
    problems = validate_claim_review({"@type": "ClaimReview", "claimReviewed": "x" * 80, "reviewRating": rating})
    assert "url must be an absolute http(s) address" in problems
    assert "claimReviewed must be under 75 characters" in problems
    assert "reviewRating.alternateName is required" in problems
    assert "ratingValue must lie between worstRating and bestRating" in problems
    assert "itemReviewed must be a Claim" in problems


def test_pdf_report(client, login, desk):
    login(desk["editor"])
    response = client.get(f"/articles/{desk['article']}/report.pdf")
    if pdf_unavailable_reason():
        assert response.status_code == 503 and b"Pango" in response.data
        skip_or_fail_in_ci(pdf_unavailable_reason())
    assert response.status_code == 200
    assert response.data.startswith(b"%PDF")
    assert response.mimetype == "application/pdf"


def test_claim_under_correction_keeps_its_published_verdict(app, client, login, desk):
    from factcheck.claims.models import Claim
    from factcheck.review.services import TransitionInput, take_transition

    with app.app_context():
        editor = db.session.scalar(sa.select(User).where(User.email == desk["editor"]))
        claim = db.session.get(Claim, desk["ministry"])
        take_transition("reopen", claim, editor, TransitionInput(reason="Budget figures revised."))
        db.session.commit()
    page = report_page(client, login, desk)
    section = page[page.index(f'id="claim-{desk["ministry"]}"'):]
    assert "This verdict is being reviewed for a correction." in section
    assert "Mostly false" in section  # the published verdict stays until the correction is approved
    assert "Budget figures revised." not in page  # the pending correction note is not published yet

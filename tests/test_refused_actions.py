"""A refused action shows the page it came from with the reason, never a bare error on the POST URL."""
import pytest

from factcheck.accounts.models import Role
from factcheck.claims.models import Claim, ClaimStatus as S
from factcheck.extensions import db
from factcheck.review.models import Decision
from tests.helpers import TEST_PASSWORD, csrf_token_from
from tests.workflow_setup import make_claim


def claim_page_with(response, claim_id: int, reason: str) -> bool:
    page = response.get_data(as_text=True)
    return f"<h1>Claim {claim_id} " in page and 'class="error-banner" role="alert"' in page and reason in page


@pytest.fixture
def awaiting(app, make_user):
    reviewer = make_user(Role.REVIEWER)
    with app.app_context():
        return reviewer, make_claim(S.AWAITING_APPROVAL, assignee_id=reviewer.id, verdict_by=reviewer.id,
                                    decision=Decision.SUBMITTED, sources=1)


def test_a_forbidden_transition_shows_the_claim_with_the_reason(app, client, login, awaiting):
    reviewer, claim_id = awaiting
    login(reviewer)
    response = client.post(f"/claims/{claim_id}/transitions/approve", data={"t-version": 1})
    assert response.status_code == 403
    assert claim_page_with(response, claim_id, "is for the editor role and above")


def test_a_transition_the_state_does_not_allow_is_a_409_on_the_claim_page(app, client, login, make_user, awaiting):
    _, claim_id = awaiting
    login(make_user(Role.EDITOR))
    response = client.post(f"/claims/{claim_id}/transitions/restore", data={"t-version": 1})
    assert response.status_code == 409
    assert claim_page_with(response, claim_id, "is not possible while the claim is awaiting approval")


def test_invalid_input_is_a_400_on_the_claim_page_with_the_form_kept(app, client, login, make_user):
    reviewer = make_user(Role.REVIEWER)
    with app.app_context():
        claim_id = make_claim(S.IN_REVIEW, assignee_id=reviewer.id)
    login(reviewer)
    response = client.post(f"/claims/{claim_id}/sources", data={
        "source-version": 1, "source-url": "not a url", "source-title": "Kept title", "source-kind": "primary"})
    assert response.status_code == 400
    assert claim_page_with(response, claim_id, "The source was not added")
    assert 'value="Kept title"' in response.get_data(as_text=True)


@pytest.fixture
def csrf_client(make_app, make_user):
    """A client of an app that checks CSRF tokens, as in production, logged in as an editor."""
    app = make_app(WTF_CSRF_ENABLED=True)
    client = app.test_client()
    editor = make_user(Role.EDITOR)
    token = csrf_token_from(client.get("/login").get_data(as_text=True))
    client.post("/login", data={"email": editor.email, "password": TEST_PASSWORD, "csrf_token": token})
    return app, client


def test_a_stale_form_on_the_claim_page_shows_the_claim(make_user, csrf_client):
    app, client = csrf_client
    with app.app_context():
        claim_id = make_claim(S.NEW)
    response = client.post(f"/claims/{claim_id}/transitions/dismiss",
                           data={"t-version": 1, "t-reason": "Opinion", "csrf_token": "expired"})
    assert response.status_code == 400
    assert claim_page_with(response, claim_id, "The form was stale or incomplete")
    assert 'data-action="dismiss"' in response.get_data(as_text=True)  # the buttons are there to try again


def test_a_stale_bulk_form_shows_the_queue_it_came_from(csrf_client):
    app, client = csrf_client
    with app.app_context():
        claim_id = make_claim(S.NEW)
    response = client.post("/queue/bulk", data={"action": "take", "claim_ids": claim_id,
                                                "back": "/queue?status=new", "csrf_token": "expired"})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert 'id="bulk-error"' in page and "The form was stale or incomplete" in page
    assert 'name="back" value="/queue?status=new"' in page


def test_a_json_client_gets_the_refusal_as_json(csrf_client):
    app, client = csrf_client
    with app.app_context():
        claim_id = make_claim(S.NEW)
    response = client.post(f"/claims/{claim_id}/transitions/take", data={"t-version": 1},
                           headers={"Accept": "application/json"})
    assert response.status_code == 400
    assert response.is_json and "stale or incomplete" in response.get_json()["message"]


def test_a_refused_new_claim_shows_the_article_with_the_reason(app, client, login, make_user):
    login(make_user(Role.REVIEWER))
    with app.app_context():
        claim_id = make_claim(S.NEW)
        article_id = db.session.get(Claim, claim_id).article_id
        claim = db.session.get(Claim, claim_id)
        span = {"start": claim.start, "end": claim.end, "selected_text": claim.text, "quote_type": "direct"}
    response = client.post(f"/articles/{article_id}/claims", data=span)
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert 'id="article-body"' in page and "That stretch of text is already a claim." in page

"""Findings 6 and 7: hostile input is a clear 4xx, race losers get a 409, redirects stay on the site."""
import pytest
import sqlalchemy as sa
from sqlalchemy import event

from factcheck.accounts.models import Role, User
from factcheck.articles.models import Article
from factcheck.articles.services import draft_from_paste, import_article
from factcheck.audit.models import Event
from factcheck.claims.models import Claim, ClaimStatus
from factcheck.errors import Refused
from factcheck.extensions import db
from factcheck.review.models import Decision
from factcheck.review.services import TransitionInput, take_transition
from tests.helpers import TEST_PASSWORD
from tests.workflow_setup import make_claim

ARTICLE = "The harbour minister said the port had twelve cranes.\n"


def test_nul_in_the_login_email_is_a_clear_400(client, make_user):
    make_user(email="someone@example.org")
    response = client.post("/login", data={"email": "someone@example.org\x00", "password": TEST_PASSWORD})
    assert response.status_code == 400
    assert "NUL" in response.get_data(as_text=True)


@pytest.mark.parametrize("field", ["body", "title", "outlet", "author"])
def test_nul_in_any_article_field_is_refused_and_nothing_stored(app, client, make_user, login, field):
    login(make_user())
    data = {"body": ARTICLE, field: "Harbour\x00news"}
    response = client.post("/articles/import", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Article.id))) == 0


@pytest.mark.parametrize("query", ["speaker=9223372036854775807", "article=99999999999999999999999",
                                   "assignee=2147483648", "speaker=-1", "assignee=abc"])
def test_out_of_range_queue_arguments_are_a_400(client, make_user, login, query):
    login(make_user())
    response = client.get(f"/queue?{query}")
    assert response.status_code == 400
    assert "must be the number of a record" in response.get_data(as_text=True)


def test_ids_beyond_any_record_in_a_url_are_not_found(client, make_user, login):
    login(make_user(Role.EDITOR))
    assert client.get("/claims/99999999999999999999").status_code == 404
    assert client.get("/articles/2147483648").status_code == 404


@pytest.fixture
def editor_and_claim(app, client, make_user, login):
    login(make_user(Role.EDITOR))
    with app.app_context():
        return make_claim(ClaimStatus.NEW)


def claim_status(app, claim_id: int) -> ClaimStatus:
    with app.app_context():
        return db.session.get(Claim, claim_id).status


def test_bulk_assignee_that_is_not_a_number_is_a_400(app, client, editor_and_claim):
    response = client.post("/queue/bulk", data={"action": "assign", "claim_ids": [editor_and_claim],
                                                "assignee_id": "abc"})
    assert response.status_code == 400
    assert claim_status(app, editor_and_claim) == ClaimStatus.NEW


@pytest.mark.parametrize("back", ["https://evil.example/", "//evil.example/", "/\\evil.example", "/\t/evil.example"])
def test_bulk_back_only_leads_back_into_the_site(app, client, editor_and_claim, back):
    response = client.post("/queue/bulk", data={"action": "dismiss", "claim_ids": [editor_and_claim],
                                                "reason": "Not checkable.", "back": back})
    assert response.status_code == 302
    assert response.headers["Location"] == "/queue"
    assert claim_status(app, editor_and_claim) == ClaimStatus.DISMISSED


def test_bulk_back_to_a_queue_page_is_kept(client, editor_and_claim):
    response = client.post("/queue/bulk", data={"action": "dismiss", "claim_ids": [editor_and_claim],
                                                "reason": "Not checkable.", "back": "/queue?status=new&page=2"})
    assert response.headers["Location"] == "/queue?status=new&page=2"


@pytest.mark.parametrize("winner, loser", [("approve", "approve"), ("approve", "return"),
                                           ("return", "approve"), ("return", "return")])
def test_the_loser_of_a_race_to_decide_gets_a_409(app, make_user, winner, loser):
    reviewer, first, second = make_user(), make_user(Role.EDITOR), make_user(Role.EDITOR)
    with app.app_context():
        claim_id = make_claim(ClaimStatus.AWAITING_APPROVAL, assignee_id=reviewer.id, verdict_by=reviewer.id,
                              decision=Decision.SUBMITTED, sources=1)
        stale = db.session.get(Claim, claim_id)  # the loser loaded the claim before the winner saved
        with app.app_context():  # the winner: another request, its own session and connection
            take_transition(winner, db.session.get(Claim, claim_id), db.session.get(User, first.id),
                            TransitionInput(comment="Check the date."))
            db.session.commit()
        with pytest.raises(Refused) as refusal:
            take_transition(loser, stale, db.session.get(User, second.id), TransitionInput(comment="Fine."))
        assert refusal.value.status == 409
        assert "at the same moment" in refusal.value.message


def test_simultaneous_imports_of_one_text_give_one_article_and_a_409(make_app, make_user):
    app = make_app(EXTRACT_ON_IMPORT=False)
    client = app.test_client()
    client.post("/login", data={"email": make_user().email, "password": TEST_PASSWORD})
    raced = []

    def other_request_imports_first(conn, cursor, statement, *args):
        if statement.startswith("INSERT INTO articles") and not raced:
            raced.append(True)
            with app.app_context():  # the other request, on its own connection, commits first
                import_article(None, draft_from_paste(ARTICLE))
                db.session.commit()

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", other_request_imports_first)
    try:
        response = client.post("/articles/import", data={"body": ARTICLE}, content_type="multipart/form-data")
    finally:
        event.remove(engine, "before_cursor_execute", other_request_imports_first)
    assert raced and response.status_code == 409
    assert "imported before" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Article.id))) == 1


@pytest.mark.parametrize("status", [ClaimStatus.DISMISSED, ClaimStatus.APPROVED])
def test_any_desk_member_may_comment_on_any_claim_and_it_is_audited(app, client, make_user, login, status):
    """The decision on finding 7 (README, Security): comments are the desk's own discussion."""
    writer, editor = make_user(), make_user(Role.EDITOR)
    with app.app_context():
        claim_id = make_claim(status, verdict_by=writer.id, decision=Decision.APPROVED, published=True,
                              editor_id=editor.id) if status == ClaimStatus.APPROVED else make_claim(status)
    anonymous = client.post(f"/claims/{claim_id}/comments", data={"comment-body": "Why?"})
    assert anonymous.headers["Location"].startswith("/login")
    login(make_user())  # a reviewer the claim is not assigned to
    assert client.post(f"/claims/{claim_id}/comments", data={"comment-body": "Why?"}).status_code == 302
    with app.app_context():
        events = db.session.scalars(sa.select(Event.action).where(Event.claim_id == claim_id)).all()
    assert events.count("comment_added") == 1


def test_bulk_claim_ids_beyond_any_record_are_a_400(app, client, editor_and_claim):
    response = client.post("/queue/bulk", data={"action": "dismiss", "reason": "No.",
                                                "claim_ids": [editor_and_claim, "99999999999999999999"]})
    assert response.status_code == 400
    assert claim_status(app, editor_and_claim) == ClaimStatus.NEW

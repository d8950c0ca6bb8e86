"""Every (role, transition) pair through HTTP, refusals that change nothing, and the audit trail."""
import pytest
import sqlalchemy as sa

from factcheck.accounts.models import Role
from factcheck.audit.models import Event
from factcheck.claims.models import Claim, ClaimStatus as S
from factcheck.extensions import db
from factcheck.review.models import Comment, Decision, Verdict
from factcheck.review.workflow import TRANSITIONS
from tests.workflow_setup import make_claim

ROLES = (Role.REVIEWER, Role.EDITOR, Role.ADMIN)
ALLOWED = {
    "take": set(ROLES),
    "submit": set(ROLES),  # for the assigned reviewer, whatever their role
    **{name: {Role.EDITOR, Role.ADMIN}
       for name in ("assign", "reassign", "approve", "return", "dismiss", "restore", "reopen")},
}
OUTCOME = {
    "take": S.IN_REVIEW, "assign": S.IN_REVIEW, "reassign": S.IN_REVIEW, "submit": S.AWAITING_APPROVAL,
    "approve": S.APPROVED, "return": S.CHANGES_REQUESTED, "dismiss": S.DISMISSED, "restore": S.NEW,
    "reopen": S.IN_REVIEW,
}


@pytest.fixture
def people(make_user):
    return {"reviewer": make_user(Role.REVIEWER), "editor": make_user(Role.EDITOR)}


def claim_ready_for(name: str, actor_id: int, reviewer_id: int, editor_id: int) -> int:
    """A claim in the state from which `name` starts, with all it needs."""
    if name in ("take", "assign", "dismiss"):
        return make_claim(S.NEW)
    if name == "reassign":
        return make_claim(S.IN_REVIEW, assignee_id=editor_id)
    if name == "submit":
        return make_claim(S.IN_REVIEW, assignee_id=actor_id, verdict_by=actor_id, sources=1)
    if name in ("approve", "return"):
        return make_claim(S.AWAITING_APPROVAL, assignee_id=reviewer_id, verdict_by=reviewer_id,
                          decision=Decision.SUBMITTED, sources=1)
    if name == "restore":
        return make_claim(S.DISMISSED)
    return make_claim(S.APPROVED, assignee_id=reviewer_id, verdict_by=reviewer_id,
                      decision=Decision.APPROVED, editor_id=editor_id, published=True, sources=1)


def post_transition(client, claim_id: int, name: str, version: int = 1, **fields):
    data = {"t-version": version, **{f"t-{key}": value for key, value in fields.items()}}
    return client.post(f"/claims/{claim_id}/transitions/{name}", data=data)


def state(app, claim_id: int):
    with app.app_context():
        claim = db.session.get(Claim, claim_id)
        events = db.session.scalars(sa.select(Event).where(Event.claim_id == claim_id)).all()
        return claim.status, claim.assignee_id, claim.version, [(e.action, e.from_status, e.to_status) for e in events]


def test_the_table_covers_the_design(app):
    assert {t.name for t in TRANSITIONS} == set(ALLOWED)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_role_and_transition(app, client, make_user, login, people, role, name):
    actor = make_user(role)
    with app.app_context():
        claim_id = claim_ready_for(name, actor.id, people["reviewer"].id, people["editor"].id)
    before = state(app, claim_id)
    login(actor)
    response = post_transition(client, claim_id, name, assignee_id=people["reviewer"].id,
                               comment="Please check the second source.", reason="Not a checkable claim.")
    after = state(app, claim_id)
    if role in ALLOWED[name]:
        assert response.status_code == 302, response.get_data(as_text=True)
        assert after[0] == OUTCOME[name]
        assert after[3] == before[3] + [(name, before[0].value, OUTCOME[name].value)]
        assert after[2] == before[2] + 1
    else:
        assert response.status_code == 403
        assert "role and above" in response.get_data(as_text=True)
        assert after == before


def test_refused_by_state_is_409_and_changes_nothing(app, client, make_user, login):
    editor = make_user(Role.EDITOR)
    with app.app_context():
        claim_id = make_claim(S.NEW)
    login(editor)
    before = state(app, claim_id)
    for name in ("approve", "return", "restore", "reopen", "submit"):
        response = post_transition(client, claim_id, name, comment="x", reason="x")
        assert response.status_code == 409, name
        assert "not possible while the claim is new" in response.get_data(as_text=True)
    assert state(app, claim_id) == before


def test_only_the_assignee_submits(app, client, make_user, login, people):
    other = make_user(Role.REVIEWER)
    with app.app_context():
        claim_id = make_claim(S.IN_REVIEW, assignee_id=people["reviewer"].id,
                              verdict_by=people["reviewer"].id, sources=1)
    login(other)
    response = post_transition(client, claim_id, "submit")
    assert response.status_code == 403
    assert "Only the reviewer assigned" in response.get_data(as_text=True)
    assert state(app, claim_id)[0] == S.IN_REVIEW


@pytest.mark.parametrize("name, extra", [("approve", {}), ("return", {"comment": "Check the date."})])
def test_an_editor_cannot_decide_on_their_own_verdict(app, client, login, people, name, extra):
    editor = people["editor"]
    with app.app_context():
        claim_id = make_claim(S.AWAITING_APPROVAL, assignee_id=editor.id, verdict_by=editor.id,
                              decision=Decision.SUBMITTED, sources=1)
    login(editor)
    response = post_transition(client, claim_id, name, **extra)
    assert response.status_code == 403
    assert "You wrote this verdict" in response.get_data(as_text=True)
    assert state(app, claim_id)[0] == S.AWAITING_APPROVAL


@pytest.mark.parametrize("sources, verdict, message", [
    (0, True, "Add at least one source"),
    (1, False, "Give both ratings and a summary"),
])
def test_submit_needs_a_source_and_a_complete_verdict(app, client, login, people, sources, verdict, message):
    reviewer = people["reviewer"]
    with app.app_context():
        claim_id = make_claim(S.IN_REVIEW, assignee_id=reviewer.id,
                              verdict_by=reviewer.id if verdict else None, sources=sources)
    login(reviewer)
    response = post_transition(client, claim_id, "submit")
    assert response.status_code == 409
    assert message in response.get_data(as_text=True)
    assert state(app, claim_id)[0] == S.IN_REVIEW


@pytest.mark.parametrize("name, status, field", [
    ("return", S.AWAITING_APPROVAL, "comment"), ("dismiss", S.NEW, "reason"), ("reopen", S.APPROVED, "reason"),
])
def test_comment_and_reason_are_required(app, client, login, people, name, status, field):
    reviewer, editor = people["reviewer"], people["editor"]
    with app.app_context():
        claim_id = make_claim(status, assignee_id=reviewer.id if status != S.NEW else None,
                              verdict_by=reviewer.id if status != S.NEW else None,
                              decision=Decision.SUBMITTED if status == S.AWAITING_APPROVAL else Decision.APPROVED,
                              editor_id=editor.id if status == S.APPROVED else None,
                              published=status == S.APPROVED, sources=1)
    login(editor)
    response = post_transition(client, claim_id, name, **{field: "   "})
    assert response.status_code == 409
    assert f"Write a {field} first." in response.get_data(as_text=True)
    assert state(app, claim_id)[0] == status


def test_stale_transition_is_refused(app, client, login, people):
    with app.app_context():
        claim_id = make_claim(S.NEW)
    login(people["editor"])
    response = post_transition(client, claim_id, "dismiss", version=0, reason="Old page")
    assert response.status_code == 409
    assert "Someone changed this claim" in response.get_data(as_text=True)
    assert state(app, claim_id)[0] == S.NEW


def test_return_keeps_the_comment_and_reopen_keeps_the_old_verdict(app, client, login, people):
    reviewer, editor = people["reviewer"], people["editor"]
    with app.app_context():
        returned = make_claim(S.AWAITING_APPROVAL, assignee_id=reviewer.id, verdict_by=reviewer.id,
                              decision=Decision.SUBMITTED, sources=1)
        approved = make_claim(S.APPROVED, assignee_id=reviewer.id, verdict_by=reviewer.id,
                              decision=Decision.APPROVED, editor_id=editor.id, published=True, sources=1)
    login(editor)
    post_transition(client, returned, "return", comment="Which port authority?")
    post_transition(client, approved, "reopen", reason="The crane count was wrong.")
    with app.app_context():
        assert db.session.scalar(sa.select(Comment.body).where(Comment.claim_id == returned)) == "Which port authority?"
        verdicts = db.session.scalars(sa.select(Verdict).where(Verdict.claim_id == approved).order_by(Verdict.id)).all()
        assert [(v.decision, v.published) for v in verdicts] == [(Decision.APPROVED, True), (Decision.DRAFT, False)]
        assert verdicts[1].correction_note == "The crane count was wrong."
        assert db.session.get(Claim, approved).assignee_id == reviewer.id


def test_a_failure_mid_way_leaves_neither_state_nor_event(make_app, make_user):
    app = make_app(PROPAGATE_EXCEPTIONS=False)
    editor = make_user(Role.EDITOR)
    with app.app_context():
        claim_id = make_claim(S.NEW)
    client = app.test_client()
    client.post("/login", data={"email": editor.email, "password": "correct horse battery"})

    def refuse_events(session, flush_context, instances):
        if any(isinstance(obj, Event) for obj in session.new):
            raise RuntimeError("the audit table is unavailable")

    sa.event.listen(db.session, "before_flush", refuse_events)
    try:
        response = post_transition(client, claim_id, "dismiss", reason="Duplicate")
    finally:
        sa.event.remove(db.session, "before_flush", refuse_events)
    assert response.status_code == 500
    assert state(app, claim_id) == (S.NEW, None, 1, [])


def test_transition_without_the_version_it_was_based_on_is_refused(app, client, login, people):
    with app.app_context():
        claim_id = make_claim(S.NEW)
    login(people["editor"])
    response = client.post(f"/claims/{claim_id}/transitions/dismiss", data={"t-reason": "No version"})
    assert response.status_code == 400
    assert state(app, claim_id)[0] == S.NEW

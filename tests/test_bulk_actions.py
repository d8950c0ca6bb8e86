"""Bulk actions on the queue: each claim through the workflow on its own, refusals explained."""
import re
import threading

import pytest
import sqlalchemy as sa

from factcheck.accounts.models import Role
from factcheck.audit.models import Event
from factcheck.claims import bulk
from factcheck.claims.models import Claim, ClaimStatus as S
from factcheck.extensions import db
from factcheck.review.models import Decision, Publication
from tests.helpers import TEST_PASSWORD
from tests.workflow_setup import make_claim


@pytest.fixture
def people(make_user):
    return {"reviewer": make_user(Role.REVIEWER), "editor": make_user(Role.EDITOR),
            "other_editor": make_user(Role.EDITOR)}


def awaiting(app, verdict_by: int, count: int = 1) -> list[int]:
    with app.app_context():
        return [make_claim(S.AWAITING_APPROVAL, assignee_id=verdict_by, verdict_by=verdict_by,
                           decision=Decision.SUBMITTED, sources=1) for _ in range(count)]


def statuses(app, ids) -> list[S]:
    with app.app_context():
        return [db.session.get(Claim, claim_id).status for claim_id in ids]


def audited(app, action: str) -> list[int]:
    with app.app_context():
        return sorted(db.session.scalars(sa.select(Event.claim_id).where(Event.action == action)))


def test_approve_commits_the_allowed_and_explains_the_refusal(app, client, login, people):
    """The editor wrote one of the verdicts: that one is refused, the others are approved."""
    editor = people["editor"]
    others = awaiting(app, people["reviewer"].id, 2)
    [own] = awaiting(app, editor.id)
    login(editor)
    response = client.post("/queue/bulk", data={"action": "approve", "claim_ids": [*others, own],
                                                "back": "/queue?status=awaiting_approval"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/queue?status=awaiting_approval"
    assert statuses(app, [*others, own]) == [S.APPROVED, S.APPROVED, S.AWAITING_APPROVAL]
    assert audited(app, "approve") == sorted(others)
    with app.app_context():
        assert sorted(db.session.scalars(sa.select(Publication.claim_id))) == sorted(others)
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Approved: 2 claims." in page
    assert f"Not done for claim {own}: You wrote this verdict; another editor has to approve or return it." in page


def test_all_matching_the_filter_goes_beyond_the_page(app, client, login, people):
    app.config["PER_PAGE"] = 2
    ids = awaiting(app, people["reviewer"].id, 3)
    with app.app_context():
        new_claim = make_claim(S.NEW)
    login(people["editor"])
    page = client.get("/queue?status=awaiting_approval").get_data(as_text=True)
    assert "all 3 claims matching the filter" in page
    response = client.post("/queue/bulk", data={"action": "approve", "scope": "matching",
                                                "back": "/queue?status=awaiting_approval"})
    assert response.status_code == 302
    assert statuses(app, ids) == [S.APPROVED] * 3
    assert statuses(app, [new_claim]) == [S.NEW]  # outside the filter


def test_take_assign_and_dismiss_each_claim_on_its_own(app, client, login, people):
    with app.app_context():
        ids = [make_claim(S.NEW) for _ in range(3)]
        dismissed = make_claim(S.DISMISSED)
    login(people["editor"])
    client.post("/queue/bulk", data={"action": "take", "claim_ids": ids[:1]})
    client.post("/queue/bulk", data={"action": "assign", "claim_ids": ids[1:2], "assignee_id": people["reviewer"].id})
    response = client.post("/queue/bulk", data={"action": "dismiss", "reason": "Opinion.",
                                                "claim_ids": [ids[2], dismissed]})
    assert response.status_code == 302
    assert statuses(app, [*ids, dismissed]) == [S.IN_REVIEW, S.IN_REVIEW, S.DISMISSED, S.DISMISSED]
    with app.app_context():
        assignees = [db.session.get(Claim, claim_id).assignee_id for claim_id in ids[:2]]
    assert assignees == [people["editor"].id, people["reviewer"].id]
    assert (audited(app, "take"), audited(app, "assign"), audited(app, "dismiss")) == ([ids[0]], [ids[1]], [ids[2]])
    page = client.get("/queue").get_data(as_text=True)
    assert f"Not done for claim {dismissed}: “Dismiss” is not possible while the claim is dismissed." in page


def test_when_every_claim_is_refused_the_queue_shows_why(app, client, login, people):
    [own] = awaiting(app, people["editor"].id)
    login(people["editor"])
    response = client.post("/queue/bulk", data={"action": "approve", "claim_ids": [own],
                                                "back": "/queue?status=awaiting_approval"})
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "Nothing was changed." in page and "another editor has to approve or return it" in page
    assert 'value="/queue?status=awaiting_approval"' in page  # the same queue, ready to try again
    assert f'value="{own}" aria-label="Select claim {own}" checked' in page  # the selection is kept
    assert audited(app, "approve") == []


@pytest.mark.parametrize("data, status, reason", [
    ({"action": "assign", "claim_ids": "CLAIM"}, 422, "Choose whom to assign the claims to."),
    ({"action": "dismiss", "claim_ids": "CLAIM", "reason": "  "}, 422, "Write a reason for dismissing the claims."),
    ({"action": "dismiss", "claim_ids": "CLAIM", "reason": "x" * 10_001}, 422,
     "The reason is 10,001 characters long; at most 10,000 are kept."),
    ({"action": "approve"}, 422, "Select at least one claim"),
    ({"action": "delete", "claim_ids": "CLAIM"}, 400, "Choose an action"),
    ({"action": "take", "claim_ids": "abc"}, 400, "must be the number of a record"),
])
def test_invalid_input_re_renders_the_queue_and_changes_nothing(app, client, login, people, data, status, reason):
    with app.app_context():
        claim_id = make_claim(S.NEW)
    login(people["editor"])
    data = {key: claim_id if value == "CLAIM" else value for key, value in data.items()}
    response = client.post("/queue/bulk", data={**data, "back": "/queue?status=new"})
    assert response.status_code == status
    page = response.get_data(as_text=True)
    assert reason in page and 'id="bulk-form"' in page
    assert statuses(app, [claim_id]) == [S.NEW]
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Event.id))) == 0


def test_bulk_is_for_editors_only(app, client, login, people):
    with app.app_context():
        claim_id = make_claim(S.NEW)
    login(people["reviewer"])
    assert 'id="select-page"' not in client.get("/queue").get_data(as_text=True)
    assert client.post("/queue/bulk", data={"action": "take", "claim_ids": [claim_id]}).status_code == 403
    assert statuses(app, [claim_id]) == [S.NEW]


def test_too_many_matching_claims_are_refused(app, client, login, people, monkeypatch):
    monkeypatch.setattr(bulk, "MAX_CLAIMS", 2)
    with app.app_context():
        ids = [make_claim(S.NEW) for _ in range(3)]
    login(people["editor"])
    response = client.post("/queue/bulk", data={"action": "take", "scope": "matching"})
    assert response.status_code == 422
    assert "More than 2 claims match; narrow the filter first." in response.get_data(as_text=True)
    assert statuses(app, ids) == [S.NEW] * 3


def test_two_editors_approving_at_once_approve_each_claim_once(app, make_user, people):
    """Two bulk approvals race over the same claims: each claim is approved and published once."""
    ids = awaiting(app, people["reviewer"].id, 4)
    editors = [people["editor"], people["other_editor"]]
    barrier = threading.Barrier(2)
    results = {}

    def approve(editor):
        client = app.test_client()
        client.post("/login", data={"email": editor.email, "password": TEST_PASSWORD})
        barrier.wait()
        response = client.post("/queue/bulk", data={"action": "approve", "claim_ids": ids})
        results[editor.id] = response.get_data(as_text=True) if response.status_code == 409 else \
            client.get("/queue").get_data(as_text=True)

    threads = [threading.Thread(target=approve, args=(editor,)) for editor in editors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    reported = [int(found.group(1)) if (found := re.search(r"Approved: (\d+) claim", page)) else 0
                for page in results.values()]
    assert sum(reported) == 4  # no claim is reported approved by both
    assert statuses(app, ids) == [S.APPROVED] * 4
    assert audited(app, "approve") == sorted(ids)  # once per claim, whoever won it
    with app.app_context():
        assert sorted(db.session.scalars(sa.select(Publication.claim_id))) == sorted(ids)

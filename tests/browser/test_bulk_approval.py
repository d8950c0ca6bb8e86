"""In Chromium: an editor selects every claim awaiting approval, approves them, and sees the one refusal explained."""
import pytest
from playwright.sync_api import expect

from factcheck.accounts.models import Role
from factcheck.claims.models import Claim, ClaimStatus as S
from factcheck.extensions import db
from factcheck.review.models import Decision
from tests.browser.test_review_flow import log_in
from tests.workflow_setup import make_claim

pytestmark = pytest.mark.browser


def awaiting_approval(verdict_by: int) -> int:
    return make_claim(S.AWAITING_APPROVAL, assignee_id=verdict_by, verdict_by=verdict_by,
                      decision=Decision.SUBMITTED, sources=1)


def test_editor_approves_all_on_the_page_and_sees_the_refusal(app, new_page, make_user, artifacts_dir):
    reviewer, editor = make_user(Role.REVIEWER), make_user(Role.EDITOR)
    with app.app_context():
        others = [awaiting_approval(reviewer.id) for _ in range(2)]
        own = awaiting_approval(editor.id)  # the editor wrote this verdict: another editor must approve it

    page = new_page()
    log_in(page, editor)
    page.goto("/queue?status=awaiting_approval")
    page.get_by_label("Select all claims on this page").check()
    expect(page.locator("#selected-count")).to_have_text("3")
    posted = []
    page.on("request", lambda request: request.method == "POST" and posted.append(request.url))
    page.get_by_label("Reason").press("Enter")  # Enter in a field takes no action by accident
    page.wait_for_timeout(500)
    assert posted == []
    page.get_by_role("button", name="Approve", exact=True).click()

    expect(page.locator(".flash-success")).to_have_text("Approved: 2 claims.")
    expect(page.locator(".flash-error")).to_have_text(
        f"Not done for claim {own}: You wrote this verdict; another editor has to approve or return it.")
    assert page.url.endswith("/queue?status=awaiting_approval")
    expect(page.locator("tr[data-claim]")).to_have_count(1)  # only the refused claim still awaits approval
    page.screenshot(path=str(artifacts_dir / "bulk-approval-with-refusal.png"), full_page=True)
    with app.app_context():
        assert [db.session.get(Claim, claim_id).status for claim_id in [*others, own]] == [
            S.APPROVED, S.APPROVED, S.AWAITING_APPROVAL]

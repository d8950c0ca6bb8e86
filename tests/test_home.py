"""Each role's home: its sections, counts and rows, who sees what, returned claims, and "next claim"."""
import re

import pytest
import sqlalchemy as sa

from factcheck.accounts.models import Role, User
from factcheck.articles.models import Article, ArticleStatus
from factcheck.claims.models import Claim, ClaimStatus as S, QuoteType
from factcheck.extensions import db
from factcheck.home.sections import ROWS
from factcheck.review.models import Decision
from factcheck.review.services import TransitionInput, take_transition
from tests.workflow_setup import BODY, make_claim

RETURN_COMMENT = "Which harbour authority gave the crane count?"


def section(html: str, key: str) -> str | None:
    """The HTML of the home section `key`, or None when the page has no such section."""
    match = re.search(rf'<section[^>]*id="home-{key}".*?</section>', html, re.S)
    return match.group(0) if match else None


def count_in(html: str, key: str) -> int:
    return int(re.search(r'data-count="(\d+)"', section(html, key)).group(1))


def claims_in(html: str, key: str) -> list[int]:
    return [int(n) for n in re.findall(r'data-claim="(\d+)"', section(html, key))]


def home(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def returned_by(editor_id: int, reviewer_id: int, comment: str = RETURN_COMMENT) -> int:
    """A claim `reviewer_id` submitted and `editor_id` returned with `comment`, through the workflow."""
    claim_id = make_claim(S.AWAITING_APPROVAL, assignee_id=reviewer_id, verdict_by=reviewer_id,
                          decision=Decision.SUBMITTED, sources=1)
    take_transition("return", db.session.get(Claim, claim_id), db.session.get(User, editor_id),
                    TransitionInput(comment=comment))
    db.session.commit()
    return claim_id


def ready_to_submit(reviewer_id: int) -> int:
    return make_claim(S.IN_REVIEW, assignee_id=reviewer_id, verdict_by=reviewer_id, sources=1)


def submitted_by(reviewer_id: int) -> int:
    return make_claim(S.AWAITING_APPROVAL, assignee_id=reviewer_id, verdict_by=reviewer_id,
                      decision=Decision.SUBMITTED, sources=1)


def claim_beside(claim_id: int) -> int:
    """A new claim in the same article as `claim_id`."""
    article_id = db.session.get(Claim, claim_id).article_id
    start = BODY.index("We will")
    claim = Claim(article_id=article_id, text=BODY[start:start + 12], start=start, end=start + 12,
                  quote_type=QuoteType.DIRECT)
    db.session.add(claim)
    db.session.commit()
    return claim.id


@pytest.fixture
def people(make_user):
    return {role: make_user(role) for role in ("reviewer", "editor", "admin")}


def test_home_needs_a_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_a_reviewer_sees_their_work_with_counts(app, client, login, people, make_user):
    reviewer, editor, other = people["reviewer"], people["editor"], make_user(Role.REVIEWER)
    with app.app_context():
        assigned = [make_claim(S.IN_REVIEW, assignee_id=reviewer.id) for _ in range(2)]
        returned = returned_by(editor.id, reviewer.id)
        new = [make_claim(S.NEW) for _ in range(3)]
        make_claim(S.IN_REVIEW, assignee_id=other.id)
        returned_by(editor.id, other.id, "Not for this reviewer.")
    login(reviewer)
    html = home(client)

    assert (count_in(html, "assigned"), claims_in(html, "assigned")) == (2, assigned)
    assert (count_in(html, "returned"), claims_in(html, "returned")) == (1, [returned])
    assert count_in(html, "take") == 3 and sorted(claims_in(html, "take")) == new
    assert "Returned" in section(html, "returned") and f"“{RETURN_COMMENT}”" in section(html, "returned")
    assert "Not for this reviewer." not in html
    assert f'href="/queue?assignee={reviewer.id}&amp;status=in_review' in section(html, "assigned")
    assert "home-group" not in html  # one role: no need to say whose sections these are
    for editor_or_admin_section in ("approve", "unassigned", "published", "failures", "users", "health"):
        assert section(html, editor_or_admin_section) is None


def test_claims_to_take_start_with_the_articles_i_am_working_on(app, client, login, people):
    reviewer = people["reviewer"]
    with app.app_context():
        older_new = make_claim(S.NEW)
        mine = make_claim(S.IN_REVIEW, assignee_id=reviewer.id)
        beside_mine = claim_beside(mine)
        finished = make_claim(S.DISMISSED, assignee_id=reviewer.id)  # work done is not work in hand
        beside_finished = claim_beside(finished)
    login(reviewer)
    html = home(client)
    assert claims_in(html, "take") == [beside_mine, older_new, beside_finished]
    assert "already working on" in section(html, "take")


def test_a_section_shows_a_bounded_number_of_rows_and_links_to_the_rest(app, client, login, people):
    with app.app_context():
        for _ in range(ROWS + 3):
            make_claim(S.NEW)
    login(people["reviewer"])
    html = home(client)
    assert count_in(html, "take") == ROWS + 3
    assert len(claims_in(html, "take")) == ROWS
    assert f"See all {ROWS + 3}" in section(html, "take")
    assert 'href="/queue?status=new&amp;sort=oldest"' in section(html, "take")


def test_an_editor_sees_approvals_unassigned_published_and_failures(app, client, login, people):
    reviewer, editor = people["reviewer"], people["editor"]
    with app.app_context():
        waiting = [submitted_by(reviewer.id) for _ in range(2)]
        own = submitted_by(editor.id)  # an editor cannot approve their own verdict: not theirs to approve
        new = make_claim(S.NEW)
        mine = make_claim(S.IN_REVIEW, assignee_id=editor.id)
        failed = Article(title="A file that would not parse", body="x", checksum="f" * 64,
                         status=ArticleStatus.FAILED, status_reason="The worker ran out of time.")
        db.session.add(failed)
        db.session.commit()
    login(editor)
    client.post(f"/claims/{waiting[0]}/transitions/approve", data={"t-version": 1})
    html = home(client)

    assert (count_in(html, "approve"), claims_in(html, "approve")) == (1, [waiting[1]])
    assert own not in claims_in(html, "approve")
    assert (count_in(html, "unassigned"), claims_in(html, "unassigned")) == (1, [new])
    assert count_in(html, "published") == 1 and f'href="/claims/{waiting[0]}"' in section(html, "published")
    assert count_in(html, "failures") == 1 and "The worker ran out of time." in section(html, "failures")
    assert 'href="/articles/?status=failed"' in section(html, "failures")
    assert claims_in(html, "assigned") == [mine]  # an editor reviews too: their reviewer sections follow
    assert section(html, "users") is None and section(html, "health") is None


def test_an_admin_sees_users_and_system_health_and_every_other_section(app, client, login, people, make_user):
    make_user(Role.REVIEWER, active=False)
    login(people["admin"])
    html = home(client)
    assert count_in(html, "users") == 3  # the active ones
    assert "inactive" in section(html, "users")
    health = section(html, "health")
    assert "reachable" in health and "unreachable" not in health
    assert count_in(html, "health") == 0 and "0 jobs waiting" in health
    for other in ("approve", "unassigned", "published", "failures", "returned", "assigned", "take"):
        assert section(html, other) is not None, other
    headings = re.findall(r'<h2 class="home-group">(.*?)</h2>', html)
    assert headings == ["Administration", "Editing", "Reviewing"]


def statements_while(app, action) -> int:
    with app.app_context():
        engine = db.engine
    seen = []
    listener = lambda *args: seen.append(1)  # noqa: E731
    sa.event.listen(engine, "before_cursor_execute", listener)
    try:
        action()
    finally:
        sa.event.remove(engine, "before_cursor_execute", listener)
    return len(seen)


def test_the_home_page_statement_count_does_not_grow_with_its_rows(app, client, login, people):
    admin, reviewer, editor = people["admin"], people["reviewer"], people["editor"]
    login(admin)

    def add_one_of_each():
        with app.app_context():
            make_claim(S.NEW)
            make_claim(S.IN_REVIEW, assignee_id=admin.id)
            submitted_by(reviewer.id)
            returned_by(editor.id, admin.id)

    add_one_of_each()
    few = statements_while(app, lambda: home(client))
    for _ in range(4):
        add_one_of_each()
    assert statements_while(app, lambda: home(client)) == few


def test_a_returned_claim_is_flagged_on_its_page(app, client, login, people):
    reviewer, editor = people["reviewer"], people["editor"]
    with app.app_context():
        claim_id = returned_by(editor.id, reviewer.id)
    login(reviewer)
    html = client.get(f"/claims/{claim_id}").get_data(as_text=True)
    flag = re.search(r'<p class="returned-banner".*?</p>', html, re.S).group(0)
    assert "to you" in flag and "Test editor" in flag and f"“{RETURN_COMMENT}”" in flag


def post_transition(client, claim_id: int, name: str):
    with client.application.app_context():
        version = db.session.get(Claim, claim_id).version
    return client.post(f"/claims/{claim_id}/transitions/{name}", data={"t-version": version})


def flash_after(client, response) -> str:
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    return re.search(r'class="flash flash-success"[^>]*>(.*?)</p>', html, re.S).group(1)


def test_after_submit_the_reviewer_goes_to_their_next_claim_then_home(app, client, login, people):
    reviewer, editor = people["reviewer"], people["editor"]
    with app.app_context():
        first, second = ready_to_submit(reviewer.id), ready_to_submit(reviewer.id)
        returned = returned_by(editor.id, reviewer.id)
    login(reviewer)

    response = post_transition(client, first, "submit")
    assert response.headers["Location"] == f"/claims/{returned}"  # returned work comes first
    assert flash_after(client, response) == (f"Submit for approval: done. Claim {first} is saved; "
                                             "here is your next claim.")
    response = post_transition(client, second, "submit")
    assert response.headers["Location"] == f"/claims/{returned}"
    assert f"Claim {second} is saved" in flash_after(client, response)
    with app.app_context():
        take_transition("reassign", db.session.get(Claim, returned), db.session.get(User, editor.id),
                        TransitionInput(assignee=db.session.get(User, editor.id)))
        db.session.commit()
        last = ready_to_submit(reviewer.id)
    response = post_transition(client, last, "submit")
    assert response.headers["Location"] == "/"
    assert "nothing else is waiting for you" in flash_after(client, response)


def test_after_approve_the_editor_goes_to_the_next_verdict_awaiting_them(app, client, login, people):
    reviewer, editor = people["reviewer"], people["editor"]
    with app.app_context():
        first, second = submitted_by(reviewer.id), submitted_by(reviewer.id)
        submitted_by(editor.id)  # their own: never "next" for them
    login(editor)
    assert post_transition(client, first, "approve").headers["Location"] == f"/claims/{second}"
    response = post_transition(client, second, "approve")
    assert response.headers["Location"] == "/"
    assert flash_after(client, response).startswith("Approve and publish: done.")


def test_other_actions_stay_on_the_claim(app, client, login, people):
    with app.app_context():
        claim_id = make_claim(S.NEW)
        make_claim(S.IN_REVIEW, assignee_id=people["reviewer"].id)
    login(people["reviewer"])
    response = post_transition(client, claim_id, "take")
    assert response.headers["Location"] == f"/claims/{claim_id}"
    assert flash_after(client, response) == "Take this claim: done."

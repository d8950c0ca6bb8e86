"""Property: whatever the workflow did, ClaimReview is valid and holds only approved verdicts."""
import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

from factcheck.accounts.models import Role, User
from factcheck.errors import Refused
from factcheck.extensions import db
from factcheck.reports.claimreview import validate_claim_review
from factcheck.reports.services import article_report
from factcheck.review.evidence import SourceInput, VerdictInput, add_source, save_verdict
from factcheck.review.scales import scales
from factcheck.review.services import TransitionInput, take_transition
from factcheck.review.workflow import TRANSITIONS
from tests.report_setup import add_claim, make_report_article

FRAGMENTS = ["We have the money,", "the deck was unsafe", "the works were on budget"]
VERACITY = [rating.key for rating in scales()["veracity"].ratings]

claim_index = st.sampled_from(range(len(FRAGMENTS)))
random_step = st.tuples(
    claim_index,
    st.sampled_from([t.name for t in TRANSITIONS] + ["source", "verdict"]),
    st.sampled_from(["reviewer", "other_reviewer", "editor", "other_editor"]),
    st.sampled_from(VERACITY),
).map(lambda one: [one])
# A reviewer's usual round, so that random runs reach approval, correction and re-approval often.
usual_round = st.tuples(claim_index, st.sampled_from(VERACITY), st.sampled_from(["approve", "return", "reopen"])).map(
    lambda r: [(r[0], "take", "reviewer", r[1]), (r[0], "source", "reviewer", r[1]),
               (r[0], "verdict", "reviewer", r[1]), (r[0], "submit", "reviewer", r[1]),
               (r[0], r[2], "editor", r[1])])
steps_strategy = st.lists(st.one_of(random_step, usual_round), max_size=25).map(
    lambda chunks: [one for chunk in chunks for one in chunk])


@pytest.fixture
def staff(app, make_user):
    users = {name: make_user(role) for name, role in [
        ("reviewer", Role.REVIEWER), ("other_reviewer", Role.REVIEWER),
        ("editor", Role.EDITOR), ("other_editor", Role.EDITOR)]}
    return {name: user.id for name, user in users.items()}


def apply(claim, action, actor, veracity, staff_users):
    if action == "source":
        add_source(claim, actor, SourceInput(url="https://example.org/s", kind="secondary"), None)
    elif action == "verdict":
        save_verdict(claim, actor, VerdictInput("accurate", veracity, "Summary."), None)
    else:
        other = staff_users["other_reviewer"]
        assignee = other if actor.id != other.id else staff_users["reviewer"]
        take_transition(action, claim, actor, TransitionInput(assignee=assignee, comment="c", reason="r"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps_strategy)
def test_claim_review_holds_only_approved_verdicts(app, staff, steps):
    with app.test_request_context():
        users = {name: db.session.get(User, user_id) for name, user_id in staff.items()}
        article = make_report_article(title=f"Random workflow {id(steps)}")
        claims = [add_claim(article, fragment, f"Speaker {n}") for n, fragment in enumerate(FRAGMENTS)]
        approved_veracity: dict[int, str] = {}
        pending_veracity: dict[int, str] = {}
        for index, action, who, veracity in steps:
            claim = claims[index]
            try:
                with db.session.begin_nested():
                    apply(claim, action, users[who], veracity, users)
            except Refused:
                continue
            if action == "verdict":
                pending_veracity[claim.id] = veracity
            if action == "approve":
                approved_veracity[claim.id] = pending_veracity[claim.id]
        event(f"approved claims: {len(approved_veracity)}")
        reviews = article_report(article).reviews
        assert all(validate_claim_review(review) == [] for review in reviews)
        published = {int(review["url"].rsplit("-", 1)[1]): review for review in reviews}
        assert set(published) == set(approved_veracity)
        for claim_id, review in published.items():
            label = scales()["veracity"].get(approved_veracity[claim_id]).label
            assert review["reviewRating"]["alternateName"] == label
        db.session.rollback()

"""Re-running extraction on an article keeps the claims people worked on and redoes the rest."""
import sqlalchemy as sa

from factcheck.accounts.models import User
from factcheck.articles.models import Article
from factcheck.audit.models import Event
from factcheck.claims.models import Claim, ClaimStatus
from factcheck.claims.services import add_manual_claim
from factcheck.extensions import db
from factcheck.review.services import TransitionInput, take_transition
from tests.helpers import TEST_PASSWORD

ARTICLE = """Harbour council delays vote on ferry fares

The harbour council delayed its vote on ferry fares, its chair said on Friday.

"We need another month," said Petra Lind, the council's chair.

Tom Reyes, a councillor, said the fares would rise in July.

"Nobody has shown us the figures," said Ana Ruiz, the mayor.

The ferry company posted a loss last year.
"""


def claim_ids(words: str) -> list[int]:
    return db.session.scalars(sa.select(Claim.id).where(Claim.text.contains(words))).all()


def test_reextraction_keeps_human_work_and_replaces_the_rest(app, make_user):
    reviewer, editor = make_user("reviewer"), make_user("editor")
    client = app.test_client()
    client.post("/login", data={"email": editor.email, "password": TEST_PASSWORD})
    client.post("/articles/import", data={"body": ARTICLE})
    with app.app_context():
        article = db.session.scalar(sa.select(Article))
        [taken], [dismissed] = claim_ids("another month"), claim_ids("fares would rise")
        [untouched] = claim_ids("figures")
        take_transition("take", db.session.get(Claim, taken), db.session.get(User, reviewer.id),
                        TransitionInput())
        take_transition("dismiss", db.session.get(Claim, dismissed), db.session.get(User, editor.id),
                        TransitionInput(reason="Not worth checking."))
        start = ARTICLE.index("The ferry company")
        manual = add_manual_claim(article, db.session.get(User, editor.id), start, start + 41).id
        db.session.commit()
        article_id = article.id

    response = client.post(f"/articles/{article_id}/extract")
    assert response.status_code == 302

    with app.app_context():
        assert db.session.get(Claim, taken).status == ClaimStatus.IN_REVIEW
        assert db.session.get(Claim, dismissed).status == ClaimStatus.DISMISSED
        assert db.session.get(Claim, manual) is not None
        assert db.session.get(Claim, untouched) is None  # replaced by the new finding
        [replacement] = claim_ids("figures")
        assert replacement != untouched
        assert claim_ids("another month") == [taken]  # no duplicate of a kept claim
        requested = db.session.scalar(sa.select(Event).where(Event.action == "extraction_requested"))
        assert requested.actor_id == editor.id
        result = db.session.scalar(sa.select(Event).where(Event.action == "claims_reextracted"))
        assert result.details["kept"] == 3 and result.details["added"] >= 1 and result.details["replaced"] >= 1


def test_only_editors_rerun_a_finished_extraction(app, client, make_user, login):
    login(make_user("reviewer"))
    client.post("/articles/import", data={"body": ARTICLE})
    with app.app_context():
        article_id = db.session.scalar(sa.select(Article.id))
    response = client.post(f"/articles/{article_id}/extract")
    assert response.status_code == 403
    assert "Only an editor" in response.get_data(as_text=True)

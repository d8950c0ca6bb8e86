"""A re-pasted story that differs in whitespace or a few edits is offered as a new version of the stored one."""
import sqlalchemy as sa

from factcheck.accounts.models import User
from factcheck.articles.models import Article
from factcheck.articles.versions import SAME_STORY, similarity, sketch
from factcheck.audit.models import Event
from factcheck.claims.models import Claim
from factcheck.extensions import db
from factcheck.review.services import TransitionInput, take_transition

STORY = """Harbour council delays vote on ferry fares

The harbour council delayed its vote on ferry fares, its chair said on Friday, after a long meeting in which
members argued over the cost of the new terminal and the timetable for the winter months.

"We need another month," said Petra Lind, the council's chair. "The figures are not ready."

Tom Reyes, a councillor, said the fares would rise in July whatever the council decided, because the operator
had already signed its fuel contracts for the year and could not change them.

"Nobody has shown us the figures," said Ana Ruiz, the mayor, who wants the vote held before the summer.
"""
EDITED = ("Update: the vote is now set for June.\n\n" + STORY.replace("long meeting", "lengthy meeting")
          .replace("\n", "\n\n").replace("  ", " "))


def test_sketches_tell_versions_from_other_stories():
    assert similarity(sketch(STORY), sketch(" \n".join(STORY.split()))) == 1.0
    assert similarity(sketch(STORY), sketch(EDITED)) >= SAME_STORY
    other = "The port reopened on Monday after a week of repairs, the harbour master said."
    assert similarity(sketch(STORY), sketch(other)) < 0.2


def test_a_new_version_updates_the_article_and_its_claims_follow_their_text(app, client, make_user, login):
    editor = make_user("editor")
    login(editor)
    client.post("/articles/import", data={"body": STORY})
    with app.app_context():
        article = db.session.scalar(sa.select(Article))
        taken = db.session.scalar(sa.select(Claim).where(Claim.text.contains("another month")))
        take_transition("take", taken, db.session.get(User, editor.id), TransitionInput())
        db.session.commit()
        article_id, taken_id, old_start = article.id, taken.id, taken.start

    offered = client.post("/articles/import", data={"body": EDITED})
    assert offered.status_code == 409
    page = offered.get_data(as_text=True)
    assert "looks like a new version of “Harbour council delays vote on ferry fares”" in page
    assert "Update the existing article" in page and f'name="version_of" type="hidden" value="{article_id}"' in page

    response = client.post("/articles/import", data={"body": EDITED, "version_of": str(article_id),
                                                     "update_existing": "Update the existing article"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Article.id))) == 1
        article = db.session.get(Article, article_id)
        assert article.body == EDITED
        taken = db.session.get(Claim, taken_id)
        assert taken.start > old_start and article.body[taken.start:taken.end] == taken.text
        claims = db.session.scalars(sa.select(Claim).where(Claim.article_id == article_id)).all()
        assert len({claim.text for claim in claims}) == len(claims)  # no claim twice
        version = db.session.scalar(sa.select(Event).where(Event.action == "article_new_version"))
        assert version.actor_id == editor.id and version.details["previous_body"] == STORY


def test_a_version_can_still_be_imported_separately(app, client, make_user, login):
    login(make_user())
    client.post("/articles/import", data={"body": STORY})
    response = client.post("/articles/import", data={"body": EDITED, "import_separately": "Import separately"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Article.id))) == 2

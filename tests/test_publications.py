"""Publications are frozen: a reopened claim's report, feed and export stay as approved until re-approval."""
import csv
import io

import pytest
import sqlalchemy as sa

from factcheck.accounts.models import Role, User
from factcheck.claims.models import Claim, Speaker
from factcheck.claims.services import correct_claim
from factcheck.extensions import db
from factcheck.review.evidence import SourceInput, add_source
from factcheck.review.models import FrozenRecord, Publication
from factcheck.review.services import TransitionInput, take_transition
from factcheck.speakers.registry import edit_speaker
from factcheck.speakers.services import speaker_for
from tests.report_setup import make_report_article, publish, review

QUOTE = "We have the money,"


@pytest.fixture
def desk(app, make_user):
    """One published claim by "Ada Quill", then reopened: the reviewer edits span, speaker and sources."""
    reviewer, editor = make_user(Role.REVIEWER), make_user(Role.EDITOR)
    with app.app_context():
        reviewer, editor = db.session.get(User, reviewer.id), db.session.get(User, editor.id)
        article = make_report_article()
        ada, ben = (speaker_for(article, name, "person") for name in ("Ada Quill", "Ben Rook"))
        ada.external_id = "Q1234"
        start = article.body.index(QUOTE)
        claim = Claim(article=article, speaker=ada, text=QUOTE, start=start, end=start + len(QUOTE),
                      quote_type="direct", speaker_role="mayor")
        db.session.add(claim)
        db.session.flush()
        publish(claim, reviewer, editor, veracity="true", summary="The money is there.")
        db.session.commit()
        ids = {"article": article.id, "claim": claim.id, "ada": ada.id, "ben": ben.id,
               "reviewer": reviewer.id, "editor": editor.id, "editor_email": editor.email, "start": start}
    return ids


def reopen_and_edit(app, desk):
    with app.app_context():
        claim = db.session.get(Claim, desk["claim"])
        reviewer, editor = db.session.get(User, desk["reviewer"]), db.session.get(User, desk["editor"])
        take_transition("reopen", claim, editor, TransitionInput(reason="Wrong speaker?"))
        correct_claim(claim, reviewer, {"speaker_id": desk["ben"], "end": desk["start"] + len(QUOTE) + 12,
                                        "start": desk["start"]}, None)
        add_source(claim, reviewer, SourceInput(url="https://new.example/unapproved", kind="secondary",
                                                stance="refutes", title="UNAPPROVED SOURCE"), None)
        db.session.commit()


def published_views(client, login, desk) -> str:
    login(desk["editor_email"])
    report = client.get(f"/articles/{desk['article']}/report").get_data(as_text=True)
    feed = client.get("/claimreview.json").get_data(as_text=True)
    export = client.get("/exports/claims.csv").get_data(as_text=True)
    return report + feed + export


def test_a_reopened_claim_shows_its_last_publication_until_reapproved(app, client, login, desk):
    """Failure 4: a reviewer's unapproved edits appeared at once in the public report and feed."""
    reopen_and_edit(app, desk)
    views = published_views(client, login, desk)
    assert "Ben Rook" not in views and "UNAPPROVED SOURCE" not in views
    assert "Ada Quill" in views and "being reviewed for a correction" in views
    [row] = list(csv.DictReader(io.StringIO(client.get("/exports/claims.csv").get_data(as_text=True))))
    assert (row["speaker"], row["text"], row["veracity"]) == ("Ada Quill", QUOTE, "true")
    assert row["status"] == "in_review"

    with app.app_context():
        claim = db.session.get(Claim, desk["claim"])
        reviewer, editor = db.session.get(User, desk["reviewer"]), db.session.get(User, desk["editor"])
        review(claim, reviewer, veracity="false", summary="Someone else said it.")
        take_transition("approve", claim, editor, TransitionInput())
        db.session.commit()
    views = published_views(client, login, desk)
    assert "Ben Rook" in views and "UNAPPROVED SOURCE" in views and "credited to Ada Quill" in views


def test_renaming_a_speaker_never_rewrites_a_publication(app, client, login, desk):
    with app.app_context():
        editor = db.session.get(User, desk["editor"])
        edit_speaker(editor, db.session.get(Speaker, desk["ada"]), "Ada Renamed", "mayor", "person", "Q1234")
        db.session.commit()
    views = published_views(client, login, desk)
    assert "Ada Quill" in views and "Ada Renamed" not in views
    assert "https://www.wikidata.org/wiki/Q1234" in views


def test_claim_page_lists_the_publication_history(app, client, login, desk):
    reopen_and_edit(app, desk)
    login(desk["editor_email"])
    page = client.get(f"/claims/{desk['claim']}").get_data(as_text=True)
    assert 'id="publications"' in page and "In force" in page and "credited to Ada Quill" in page


def test_a_publication_cannot_be_changed_or_deleted(app, desk):
    with app.app_context():
        publication = db.session.scalar(sa.select(Publication))
        publication.speaker_name = "Someone else"
        with pytest.raises(FrozenRecord):
            db.session.flush()
        db.session.rollback()
        db.session.delete(db.session.scalar(sa.select(Publication)))
        with pytest.raises(FrozenRecord):
            db.session.flush()
        db.session.rollback()
        assert db.session.scalar(sa.select(Publication.speaker_name)) == "Ada Quill"


def test_publication_keeps_what_was_approved(app, desk):
    with app.app_context():
        publication = db.session.scalar(sa.select(Publication))
        assert (publication.speaker_name, publication.speaker_role, publication.speaker_external_id) == (
            "Ada Quill", "mayor", "Q1234")
        assert publication.sources[0]["url"] == "https://records.example/1"
        assert (publication.veracity, publication.summary) == ("true", "The money is there.")
        assert publication.approver_id == desk["editor"] and publication.reviewer_id == desk["reviewer"]

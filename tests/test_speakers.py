"""Speakers: one across articles, their page, merging; claims added by hand from a selection."""
import sqlalchemy as sa

from factcheck.accounts.models import Role
from factcheck.audit.models import Event
from factcheck.claims.models import Claim, ClaimOrigin, ClaimStatus as S, Speaker, SpeakerAlias
from factcheck.claims.services import resolve_selection
from factcheck.claims.speakers import get_or_create_speaker
from factcheck.extensions import db
from tests.workflow_setup import make_article


def test_speakers_are_found_by_name_and_alias(app_context):
    full = get_or_create_speaker("Ada Quill", "person", "harbour minister", ["Quill"])
    db.session.commit()
    assert get_or_create_speaker("Quill") is full
    assert get_or_create_speaker("ada  quill") is full
    assert get_or_create_speaker("Minister Quill", aliases=["Quill"]) is full
    assert {a.alias for a in full.aliases} == {"Quill", "Minister Quill"}
    assert get_or_create_speaker("Ben Rook") is not full


def test_merge_keeps_every_claim_and_is_recorded(app, client, make_user, login):
    with app.app_context():
        article = make_article()
        keep, other = Speaker(name="Ada Quill"), Speaker(name="A. Quill", aliases=[SpeakerAlias(alias="Quill")])
        db.session.add_all([keep, other])
        for n, speaker in enumerate([keep, other, other]):
            db.session.add(Claim(article=article, speaker=speaker, text="x", start=n, end=n + 1,
                                 quote_type="direct"))
        db.session.commit()
        keep_id, other_id = keep.id, other.id
    login(make_user(Role.EDITOR))
    response = client.post(f"/speakers/{other_id}/merge", data={"other_id": keep_id})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(Speaker, other_id) is None
        assert db.session.scalar(sa.select(sa.func.count(Claim.id)).where(Claim.speaker_id == keep_id)) == 3
        assert {a.alias for a in db.session.get(Speaker, keep_id).aliases} == {"A. Quill", "Quill"}
        event = db.session.scalar(sa.select(Event).where(Event.action == "speakers_merged"))
        assert event.details["claims_moved"] == 2 and event.details["merged_name"] == "A. Quill"
    page = client.get(f"/speakers/{keep_id}").get_data(as_text=True)
    assert page.count("/claims/") >= 3


def test_merge_is_for_editors(app, client, make_user, login):
    with app.app_context():
        a, b = Speaker(name="A"), Speaker(name="B")
        db.session.add_all([a, b])
        db.session.commit()
        a_id, b_id = a.id, b.id
    login(make_user(Role.REVIEWER))
    assert client.post(f"/speakers/{a_id}/merge", data={"other_id": b_id}).status_code == 403


def test_reviewer_adds_a_missed_claim_from_a_selection(app, client, make_user, login):
    reviewer = make_user(Role.REVIEWER)
    with app.app_context():
        article = make_article()
        db.session.commit()
        article_id, body = article.id, article.body
    login(reviewer)
    start = body.index("“We will")
    response = client.post(f"/articles/{article_id}/claims", data={
        "start": start, "end": start + 24, "selected_text": body[start:start + 24],
        "speaker_name": "Ada Quill", "quote_type": "direct"})
    assert response.status_code == 302
    with app.app_context():
        claim = db.session.scalar(sa.select(Claim))
        assert (claim.text, claim.origin, claim.status) == ("“We will buy four more,”", ClaimOrigin.MANUAL, S.NEW)
        assert claim.speaker.name == "Ada Quill"
        assert db.session.scalar(sa.select(Event.action).where(Event.claim_id == claim.id)) == "claim_added"
    page = client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert f'data-claim="{claim.id}"' in page and "status-new" in page


def test_selection_offsets_are_checked_against_the_text():
    body = "Line one\r\nThe chief said “yes” 😀 and “yes” again."
    browser_start = body.index("“yes” again") - 2  # CRLF folded, emoji counted as two units
    assert resolve_selection(body, browser_start, browser_start + 5, "“yes”") == (
        body.index("“yes” again"), body.index("“yes” again") + 5)
    assert resolve_selection(body, 0, 4, "Line") == (0, 4)


def test_selection_outside_the_text_is_refused(app, client, make_user, login):
    with app.app_context():
        article = make_article()
        db.session.commit()
        article_id = article.id
    login(make_user())
    response = client.post(f"/articles/{article_id}/claims", data={
        "start": 5, "end": 9, "selected_text": "words that are not there", "quote_type": "direct"})
    assert response.status_code == 400
    response = client.post(f"/articles/{article_id}/claims", data={"start": 5, "end": 99999, "quote_type": "direct"})
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Claim.id))) == 0


def test_full_name_and_surname_are_one_person_across_articles(app_context):
    surname_first = get_or_create_speaker("Quill", "person")
    db.session.commit()
    assert get_or_create_speaker("Ada Quill", "person") is surname_first
    assert surname_first.name == "Ada Quill" and [a.alias for a in surname_first.aliases] == ["Quill"]
    assert get_or_create_speaker("Quill", "person") is surname_first


def test_an_ambiguous_surname_stays_apart(app_context):
    get_or_create_speaker("Ada Quill", "person")
    get_or_create_speaker("Bo Quill", "person")
    assert get_or_create_speaker("Quill", "person").name == "Quill"
    assert get_or_create_speaker("Quill Ministry", "organisation").name == "Quill Ministry"

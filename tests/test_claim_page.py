"""The claim page: sources, verdicts, comments, corrections, stale saves and inert HTML."""
import pytest
import sqlalchemy as sa

from factcheck.accounts.models import Role
from factcheck.audit.models import Event
from factcheck.claims.models import Claim, ClaimStatus as S
from factcheck.extensions import db
from factcheck.review.models import Source, Verdict
from tests.workflow_setup import BODY, make_claim


@pytest.fixture
def reviewer(make_user):
    return make_user(Role.REVIEWER)


@pytest.fixture
def claim_id(app, reviewer):
    with app.app_context():
        return make_claim(S.IN_REVIEW, assignee_id=reviewer.id)


def events(app, claim_id, action):
    with app.app_context():
        return db.session.scalars(sa.select(Event).where(Event.claim_id == claim_id, Event.action == action)).all()


def add_source(client, claim_id, url, version=1, **extra):
    data = {"source-version": version, "source-url": url, "source-kind": "primary", "source-stance": "supports",
            **{f"source-{k}": v for k, v in extra.items()}}
    return client.post(f"/claims/{claim_id}/sources", data=data)


def test_reviewer_adds_a_source(app, client, login, reviewer, claim_id):
    login(reviewer)
    response = add_source(client, claim_id, "https://port.example/cranes", title="Crane register",
                          publisher="Port authority", published_on="2026-01-02")
    assert response.status_code == 302
    with app.app_context():
        source = db.session.scalar(sa.select(Source))
        assert (source.url, source.kind, source.stance) == ("https://port.example/cranes", "primary", "supports")
        assert str(source.published_on) == "2026-01-02" and source.added_by_id == reviewer.id
    assert len(events(app, claim_id, "source_added")) == 1


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JAVASCRIPT://example.org/%0aalert(1)", "ftp://example.org/x",
                                 "http//example.org", "https://", "not a url", "https://exa mple.org",
                                 "data:text/html,<script>alert(1)</script>", "https://example.org:99999/"])
def test_bad_source_urls_are_refused(app, client, login, reviewer, claim_id, url):
    login(reviewer)
    response = add_source(client, claim_id, url)
    assert response.status_code == 400
    assert "http:// or https://" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Source.id))) == 0
    assert events(app, claim_id, "source_added") == []


def test_html_in_sources_and_comments_is_inert(app, client, login, reviewer, claim_id):
    login(reviewer)
    add_source(client, claim_id, "https://example.org/a", title="<img src=x onerror=alert(1)>",
               excerpt="<script>alert('excerpt')</script>")
    client.post(f"/claims/{claim_id}/comments", data={"comment-body": "<b onclick=alert(1)>bold</b>"})
    page = client.get(f"/claims/{claim_id}").get_data(as_text=True)
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script>alert('excerpt')" not in page
    assert "<b onclick" not in page and "&lt;b onclick=alert(1)&gt;bold&lt;/b&gt;" in page


def save_verdict(client, claim_id, version=1, **fields):
    data = {"verdict-version": version, **{f"verdict-{k}": v for k, v in fields.items()}}
    return client.post(f"/claims/{claim_id}/verdict", data=data)


def test_assignee_saves_both_ratings(app, client, login, reviewer, claim_id):
    login(reviewer)
    response = save_verdict(client, claim_id, attribution="fair_paraphrase", veracity="mostly_false",
                            summary="There are nine cranes.", rationale="The register lists nine.")
    assert response.status_code == 302
    with app.app_context():
        verdict = db.session.scalar(sa.select(Verdict))
        assert (verdict.attribution, verdict.veracity) == ("fair_paraphrase", "mostly_false")
        assert verdict.reviewer_id == reviewer.id
    assert len(events(app, claim_id, "verdict_saved")) == 1
    page = client.get(f"/claims/{claim_id}").get_data(as_text=True)
    assert "Fair paraphrase" in page and "Mostly false" in page


def test_rating_off_the_scale_is_refused(app, client, login, reviewer, claim_id):
    login(reviewer)
    response = save_verdict(client, claim_id, attribution="pants_on_fire", veracity="true", summary="x")
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Verdict.id))) == 0


def test_only_the_assignee_writes_the_verdict(app, client, login, make_user, claim_id):
    login(make_user(Role.EDITOR))
    response = save_verdict(client, claim_id, attribution="accurate", veracity="true", summary="x")
    assert response.status_code == 403


def correction(version=1, **fields):
    start = BODY.index("the port")
    base = {"fix-version": version, "fix-speaker_id": 0, "fix-quote_type": "indirect", "fix-category": "",
            "fix-start": start, "fix-end": start + 29}
    return {**base, **{f"fix-{k}": v for k, v in fields.items()}}


def test_corrections_are_logged_field_by_field(app, client, login, reviewer, claim_id):
    login(reviewer)
    start = BODY.index("the port")
    response = client.post(f"/claims/{claim_id}/correct", data=correction(
        new_speaker="Harbour Minister Ada Lund", cue="said", category="arsenal", end=start + 52))
    assert response.status_code == 302, response.get_data(as_text=True)
    with app.app_context():
        claim = db.session.get(Claim, claim_id)
        assert claim.speaker.name == "Harbour Minister Ada Lund" and claim.category == "arsenal"
        assert claim.text == BODY[start:start + 52] == "the port had twelve cranes. "[:0] + BODY[start:start + 52]
    [event] = events(app, claim_id, "claim_corrected")
    assert event.details["cue"] == [None, "said"] and event.details["end"] == [start + 29, start + 52]
    assert set(event.details) == {"speaker_id", "speaker", "speaker_mention", "cue", "category", "end"}
    assert event.details["speaker"] == [None, "Harbour Minister Ada Lund"]


def test_stale_correction_is_refused_and_the_newer_data_shown(app, client, make_user, login, reviewer, claim_id):
    editor_client = app.test_client()
    editor = make_user(Role.EDITOR)
    editor_client.post("/login", data={"email": editor.email, "password": "correct horse battery"})
    login(reviewer)
    # both opened the page at version 1; the editor saves first
    assert editor_client.post(f"/claims/{claim_id}/correct", data=correction(cue="told reporters")).status_code == 302
    response = client.post(f"/claims/{claim_id}/correct", data=correction(cue="claimed"))
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "Someone changed this claim after you opened it" in page
    assert "told reporters" in page  # the newer data is shown
    with app.app_context():
        assert db.session.get(Claim, claim_id).cue == "told reporters"


def test_span_outside_the_article_is_refused(app, client, login, reviewer, claim_id):
    login(reviewer)
    response = client.post(f"/claims/{claim_id}/correct", data=correction(end=10_000))
    assert response.status_code == 400
    assert "outside the article" in response.get_data(as_text=True)


def test_approved_claim_cannot_be_corrected_before_reopening(app, client, login, make_user):
    editor = make_user(Role.EDITOR)
    with app.app_context():
        claim_id = make_claim(S.DISMISSED)
    login(editor)
    response = client.post(f"/claims/{claim_id}/correct", data=correction(cue="said"))
    assert response.status_code == 409


def test_history_lists_every_event(app, client, login, reviewer, claim_id):
    login(reviewer)
    add_source(client, claim_id, "https://example.org/a")
    client.post(f"/claims/{claim_id}/comments", data={"comment-body": "Looking into it"})
    page = client.get(f"/claims/{claim_id}").get_data(as_text=True)
    assert "Test reviewer added a source: https://example.org/a." in page
    assert "Test reviewer commented." in page


def test_reviewer_sees_only_the_buttons_they_may_use(app, client, login, reviewer, claim_id):
    login(reviewer)
    page = client.get(f"/claims/{claim_id}").get_data(as_text=True)
    assert 'data-action="submit"' in page
    assert 'data-action="approve"' not in page and 'data-action="dismiss"' not in page


def test_correction_adds_aliases_to_the_speaker(app, client, login, reviewer, claim_id):
    login(reviewer)
    response = client.post(f"/claims/{claim_id}/correct", data=correction(
        new_speaker="Ada Lund", aliases="Lund, Minister Lund, "))
    assert response.status_code == 302
    with app.app_context():
        speaker = db.session.get(Claim, claim_id).speaker
        assert sorted(a.alias for a in speaker.aliases) == ["Lund", "Minister Lund"]
        event = db.session.scalar(sa.select(Event).where(Event.action == "speaker_aliases_added"))
        assert event.speaker_id == speaker.id
        assert event.details == {"speaker": "Ada Lund", "aliases": ["Lund", "Minister Lund"]}


def test_simultaneous_save_is_a_conflict_not_a_lost_update(app, client, login, reviewer, claim_id):
    """Both requests read version 1; the second to write finds the row already at version 2."""
    login(reviewer)

    bumped = []

    def bump_version_meanwhile(session, flush_context, instances):
        if not bumped:
            bumped.append(True)
            with db.engine.begin() as other:
                other.execute(sa.text("UPDATE claims SET version = version + 1, cue = 'said meanwhile'"))

    sa.event.listen(db.session, "before_flush", bump_version_meanwhile)
    try:
        response = client.post(f"/claims/{claim_id}/correct", data=correction(cue="claimed"))
    finally:
        sa.event.remove(db.session, "before_flush", bump_version_meanwhile)
    assert response.status_code == 409
    assert "at the same moment" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Claim, claim_id).cue == "said meanwhile"

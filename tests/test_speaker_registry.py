"""Managing speakers over HTTP: correction on the claim page, list, page, edit, aliases, split, merge, undo."""
import pytest
import sqlalchemy as sa

from factcheck.accounts.models import Role, User
from factcheck.audit.models import Event
from factcheck.claims.models import Claim, ClaimStatus, QuoteType, Speaker, SpeakerAlias
from factcheck.extensions import db
from factcheck.speakers.models import SpeakerMerge
from factcheck.speakers.services import speaker_for
from tests.helpers import TEST_PASSWORD, page_link
from tests.report_setup import make_report_article, publish


@pytest.fixture
def editor(make_user):
    return make_user(Role.EDITOR)


@pytest.fixture
def reviewer(make_user):
    return make_user(Role.REVIEWER)


def claim_in(article, fragment: str, speaker: Speaker | None, assignee_id: int | None = None) -> int:
    start = article.body.index(fragment)
    claim = Claim(article=article, speaker=speaker, text=fragment, start=start, end=start + len(fragment),
                  quote_type=QuoteType.INDIRECT, speaker_mention=speaker.name if speaker else None)
    if assignee_id:
        claim.status, claim.assignee_id = ClaimStatus.IN_REVIEW, assignee_id
    db.session.add(claim)
    db.session.flush()
    return claim.id


@pytest.fixture
def desk(app, reviewer):
    """Two articles: a shared "Ada Quill" and, in the second, a bare "Quill" known only there."""
    with app.app_context():
        first, second = make_report_article("Bridge works"), make_report_article("Bridge again")
        ada = speaker_for(first, "Ada Quill", "person", "mayor")
        quill = speaker_for(second, "Quill", "person")
        ids = {
            "first": first.id, "second": second.id, "ada": ada.id, "quill": quill.id,
            "ada_claim": claim_in(first, "the bridge would open in June", ada),
            "quill_claim": claim_in(second, "the bridge would open in June", quill, reviewer.id),
            "quill_claim_2": claim_in(second, "the deck was unsafe", quill),
        }
        db.session.commit()
        return ids


def events(app, action: str) -> list[Event]:
    with app.app_context():
        return db.session.scalars(sa.select(Event).where(Event.action == action).order_by(Event.id)).all()


def correction(claim_id: int, app, **fields) -> dict:
    with app.app_context():
        claim = db.session.get(Claim, claim_id)
        base = {"fix-version": claim.version, "fix-speaker_id": claim.speaker_id or 0,
                "fix-quote_type": claim.quote_type.value, "fix-category": "",
                "fix-start": claim.start, "fix-end": claim.end}
    return {**base, **{f"fix-{k}": v for k, v in fields.items()}}


def speaker_of(app, claim_id: int) -> Speaker | None:
    with app.app_context():
        claim = db.session.get(Claim, claim_id)
        return claim.speaker and db.session.get(Speaker, claim.speaker_id)


def test_claim_page_correction_picks_an_existing_speaker(app, client, login, reviewer, desk):
    """Failure 3: the page said "Claim corrected." and kept the old speaker."""
    login(reviewer)
    response = client.post(f"/claims/{desk['quill_claim']}/correct",
                           data=correction(desk["quill_claim"], app, speaker_id=desk["ada"]))
    assert response.status_code == 302
    assert speaker_of(app, desk["quill_claim"]).id == desk["ada"]
    [event] = events(app, "claim_corrected")
    assert event.details["speaker"] == ["Quill", "Ada Quill"]


def test_claim_page_offers_the_articles_speakers_and_suggests_anyone_else(app, client, login, reviewer, desk):
    login(reviewer)
    with app.app_context():
        for n in range(40):  # a registry too big to list on every claim page
            db.session.add(Speaker(name=f"Far Away {n}"))
        db.session.commit()
    page = client.get(f"/claims/{desk['quill_claim']}").get_data(as_text=True)
    offered = page.split('name="fix-speaker_id"')[1].split("</select>")[0]
    assert "Quill (this article only)" in offered and "Far Away" not in offered
    assert 'data-lookup="/speakers/lookup.json"' in page
    suggested = client.get("/speakers/lookup.json?q=ada").get_json()
    assert suggested == [{"value": f"Ada Quill #{desk['ada']}", "label": "mayor"}]
    response = client.post(f"/claims/{desk['quill_claim']}/correct", data=correction(
        desk["quill_claim"], app, new_speaker=suggested[0]["value"]))
    assert response.status_code == 302
    assert speaker_of(app, desk["quill_claim"]).id == desk["ada"]
    with app.app_context():
        assert db.session.get(Claim, desk["quill_claim"]).speaker_mention == "Ada Quill"
        assert db.session.scalar(sa.select(sa.func.count(Speaker.id)).where(Speaker.name.like("Ada Quill%"))) == 1


def test_a_picked_speaker_of_another_article_is_refused(app, client, login, reviewer, desk):
    login(reviewer)
    with app.app_context():
        elsewhere = speaker_for(db.session.get(Claim, desk["ada_claim"]).article, "a harbour clerk", "person")
        db.session.commit()
        elsewhere_id = elsewhere.id
    response = client.post(f"/claims/{desk['quill_claim']}/correct", data=correction(
        desk["quill_claim"], app, new_speaker=f"a harbour clerk #{elsewhere_id}"))
    assert response.status_code in (400, 409)
    assert speaker_of(app, desk["quill_claim"]).id == desk["quill"]


def test_claim_page_correction_creates_a_speaker_with_aliases(app, client, login, reviewer, desk):
    login(reviewer)
    response = client.post(f"/claims/{desk['quill_claim']}/correct", data=correction(
        desk["quill_claim"], app, speaker_id=0, new_speaker="Bo Quill", new_speaker_kind="person",
        aliases="B. Quill"))
    assert response.status_code == 302
    speaker = speaker_of(app, desk["quill_claim"])
    assert (speaker.name, speaker.article_id) == ("Bo Quill", None)
    with app.app_context():
        assert [a.alias for a in db.session.get(Speaker, speaker.id).aliases] == ["B. Quill"]
    assert [e.actor_id for e in events(app, "speaker_created") if e.details["speaker"] == "Bo Quill"] == [reviewer.id]


def test_a_description_is_refused_as_an_alias(app, client, login, reviewer, desk):
    login(reviewer)
    response = client.post(f"/claims/{desk['quill_claim']}/correct", data=correction(
        desk["quill_claim"], app, aliases="the mayor"))
    assert response.status_code == 400 and "descriptions" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(SpeakerAlias.id))) == 0


def test_a_speaker_of_another_article_cannot_be_chosen(app, client, login, editor, desk):
    login(editor)
    response = client.post(f"/claims/{desk['ada_claim']}/correct",
                           data=correction(desk["ada_claim"], app, speaker_id=desk["quill"]))
    assert response.status_code == 400
    assert speaker_of(app, desk["ada_claim"]).id == desk["ada"]


def test_suggestion_accepted_moves_every_claim_of_the_article_speaker(app, client, login, reviewer, desk):
    login(reviewer)
    page = client.get(f"/claims/{desk['quill_claim']}").get_data(as_text=True)
    assert "Is this the same Quill as" in page and "Ada Quill" in page
    response = client.post(f"/speakers/suggestions/{desk['quill_claim']}/{desk['ada']}/accept")
    assert response.status_code == 302
    assert speaker_of(app, desk["quill_claim"]).id == speaker_of(app, desk["quill_claim_2"]).id == desk["ada"]
    [accepted] = events(app, "speaker_suggestion_accepted")
    assert accepted.details["same_as"] == "Ada Quill" and accepted.actor_id == reviewer.id
    assert "Is this the same" not in client.get(f"/claims/{desk['quill_claim']}").get_data(as_text=True)


def test_suggestion_declined_is_not_offered_again(app, client, login, reviewer, desk):
    login(reviewer)
    response = client.post(f"/speakers/suggestions/{desk['quill_claim']}/{desk['ada']}/decline")
    assert response.status_code == 302
    assert speaker_of(app, desk["quill_claim"]).id == desk["quill"]
    assert "Is this the same" not in client.get(f"/claims/{desk['quill_claim']}").get_data(as_text=True)
    assert client.post(f"/speakers/suggestions/{desk['quill_claim']}/{desk['ada']}/accept").status_code == 409
    assert [e.details["not"] for e in events(app, "speaker_suggestion_declined")] == ["Ada Quill"]


def test_a_reviewer_not_assigned_cannot_answer(app, client, login, make_user, desk):
    login(make_user(Role.REVIEWER))
    assert client.post(f"/speakers/suggestions/{desk['quill_claim']}/{desk['ada']}/accept").status_code == 403
    assert speaker_of(app, desk["quill_claim"]).id == desk["quill"]


def test_speakers_list_finds_aliases_and_counts_claims(app, client, login, editor, desk):
    with app.app_context():
        ada = db.session.get(Speaker, desk["ada"])
        ada.aliases.append(SpeakerAlias(alias="Mayor Quill"))
        db.session.commit()
    login(editor)
    page = client.get("/speakers/?q=mayor+quill").get_data(as_text=True)
    assert "Ada Quill" in page and "1 speaker." in page
    assert "only in “" not in client.get("/speakers/").get_data(as_text=True)
    assert "only in “Bridge again”" in client.get("/speakers/?all=1").get_data(as_text=True)


def test_edit_rename_and_identifier_are_audited(app, client, login, editor, desk):
    login(editor)
    response = client.post(f"/speakers/{desk['ada']}/edit", data={
        "name": "Ada M. Quill", "role": "former mayor", "kind": "person", "external_id": "Q4242"})
    assert response.status_code == 302
    [event] = events(app, "speaker_edited")
    assert event.details["changes"] == {"name": ["Ada Quill", "Ada M. Quill"], "role": ["mayor", "former mayor"],
                                        "external_id": [None, "Q4242"]}
    bad = client.post(f"/speakers/{desk['ada']}/edit", data={"name": "Ada", "kind": "person", "external_id": "x"})
    assert bad.status_code == 400


def test_the_registry_history_reads_as_sentences(app, client, login, editor, desk):
    login(editor)
    client.post(f"/speakers/{desk['ada']}/edit", data={
        "name": "Ada M. Quill", "role": "mayor", "kind": "organisation", "external_id": "Q4242"})
    client.post(f"/speakers/{desk['ada']}/aliases", data={"aliases": "A. Quill, Mayor Quill"})
    history = client.get(f"/speakers/{desk['ada']}").get_data(as_text=True).split('id="registry-history"')[1]
    name = editor.display_name
    assert (f"{name} edited Ada M. Quill: name from Ada Quill to Ada M. Quill; kind from Person to Organisation; "
            f"identifier from — to Q4242.") in history
    assert f"{name} added the aliases A. Quill, Mayor Quill to Ada M. Quill." in history
    assert "speaker_edited" not in history and "speaker edited" not in history


def test_rename_onto_another_speakers_name_is_refused(app, client, login, editor, desk):
    with app.app_context():
        speaker_for(db.session.get(Claim, desk["ada_claim"]).article, "Ben Rook", "person")
        db.session.commit()
    login(editor)
    response = client.post(f"/speakers/{desk['ada']}/edit", data={"name": "ben rook", "kind": "person"})
    assert response.status_code == 409 and "already called" in response.get_data(as_text=True)
    assert speaker_of(app, desk["ada_claim"]).name == "Ada Quill"


def test_aliases_are_added_and_removed(app, client, login, editor, desk):
    login(editor)
    assert client.post(f"/speakers/{desk['ada']}/aliases", data={"aliases": "A. Quill, Quill"}).status_code == 302
    with app.app_context():
        aliases = {a.alias: a.id for a in db.session.get(Speaker, desk["ada"]).aliases}
    assert set(aliases) == {"A. Quill", "Quill"}
    assert client.post(f"/speakers/{desk['ada']}/aliases/{aliases['Quill']}/delete").status_code == 302
    with app.app_context():
        assert [a.alias for a in db.session.get(Speaker, desk["ada"]).aliases] == ["A. Quill"]
    assert [e.details["alias"] for e in events(app, "speaker_alias_removed")] == ["Quill"]


def test_split_moves_chosen_claims_to_a_new_speaker(app, client, login, editor, desk):
    login(editor)
    response = client.post(f"/speakers/{desk['quill']}/split", data={
        "claim_ids": [desk["quill_claim_2"]], "target_id": "", "new_name": "Cy Quill"})
    assert response.status_code == 302
    moved, kept = speaker_of(app, desk["quill_claim_2"]), speaker_of(app, desk["quill_claim"])
    assert (moved.name, kept.id) == ("Cy Quill", desk["quill"])
    [event] = events(app, "speaker_split")
    assert event.details["claims"] == [desk["quill_claim_2"]] and event.details["to_name"] == "Cy Quill"


def test_split_to_an_existing_speaker(app, client, login, editor, desk):
    login(editor)
    response = client.post(f"/speakers/{desk['quill']}/split", data={
        "claim_ids": [desk["quill_claim"]], "target_id": desk["ada"]})
    assert response.status_code == 302
    assert speaker_of(app, desk["quill_claim"]).id == desk["ada"]
    assert speaker_of(app, desk["quill_claim_2"]).id == desk["quill"]


def test_split_and_merge_pick_a_speaker_by_suggestion_or_whole_name(app, client, login, editor, desk):
    login(editor)
    page = client.get(f"/speakers/{desk['quill']}").get_data(as_text=True)
    assert page.count('data-lookup="/speakers/lookup.json"') == 2 and "<option value=\"" not in page.split("Merge")[-1]
    response = client.post(f"/speakers/{desk['quill']}/split", data={
        "claim_ids": [desk["quill_claim"]], "target_id": f"Ada Quill #{desk['ada']}"})
    assert response.status_code == 302 and speaker_of(app, desk["quill_claim"]).id == desk["ada"]
    confirm = client.get(f"/speakers/{desk['quill']}/merge?other_id=ada+quill")
    assert confirm.status_code == 200 and "Merge two speakers?" in confirm.get_data(as_text=True)
    unknown = client.get(f"/speakers/{desk['quill']}/merge?other_id=Ada")
    assert unknown.status_code == 400 and "No speaker is called “Ada”" in unknown.get_data(as_text=True)


def test_claims_never_move_to_a_speaker_known_only_in_another_article(app, client, login, editor, desk):
    with app.app_context():
        clerk = speaker_for(db.session.get(Claim, desk["ada_claim"]).article, "a harbour clerk", "person")
        db.session.commit()
        clerk_id = clerk.id
    login(editor)
    split = client.post(f"/speakers/{desk['quill']}/split", data={
        "claim_ids": [desk["quill_claim"]], "target_id": f"a harbour clerk #{clerk_id}"})
    merge = client.post(f"/speakers/{desk['ada']}/merge", data={"other_id": clerk_id})
    assert (split.status_code, merge.status_code) == (400, 400)
    assert "known only in one article" in merge.get_data(as_text=True)
    assert speaker_of(app, desk["quill_claim"]).id == desk["quill"]
    assert speaker_of(app, desk["ada_claim"]).id == desk["ada"]


def test_merge_shows_both_sides_then_merges_and_undoes(app, client, login, editor, desk):
    login(editor)
    confirm = client.get(f"/speakers/{desk['quill']}/merge?other_id={desk['ada']}").get_data(as_text=True)
    assert "Merge two speakers?" in confirm and "Ada Quill" in confirm and "Quill" in confirm
    assert speaker_of(app, desk["quill_claim"]).id == desk["quill"]  # a GET changes nothing
    assert client.post(f"/speakers/{desk['quill']}/merge", data={"other_id": desk["ada"]}).status_code == 302
    assert speaker_of(app, desk["quill_claim"]).id == speaker_of(app, desk["quill_claim_2"]).id == desk["ada"]
    with app.app_context():
        merge = db.session.scalar(sa.select(SpeakerMerge))
        assert [a.alias for a in db.session.get(Speaker, desk["ada"]).aliases] == ["Quill"]
        merge_id = merge.id
    assert "Undo this merge" in client.get(f"/speakers/{desk['ada']}").get_data(as_text=True)
    assert client.post(f"/speakers/merges/{merge_id}/undo").status_code == 302
    assert speaker_of(app, desk["quill_claim"]).id == speaker_of(app, desk["quill_claim_2"]).id == desk["quill"]
    with app.app_context():
        assert db.session.get(Speaker, desk["ada"]).aliases == []
        assert db.session.get(Speaker, desk["quill"]).merged_into_id is None
    assert client.post(f"/speakers/merges/{merge_id}/undo").status_code == 409
    assert [e.details["claims_moved"] for e in events(app, "speakers_merged")] == [2]
    assert [e.details["claims_returned"] for e in events(app, "speaker_merge_undone")] == [2]


def test_registry_changes_are_for_editors(app, client, login, reviewer, desk):
    login(reviewer)
    for url, data in ((f"/speakers/{desk['quill']}/merge", {"other_id": desk["ada"]}),
                      (f"/speakers/{desk['ada']}/edit", {"name": "X Y", "kind": "person"}),
                      (f"/speakers/{desk['ada']}/aliases", {"aliases": "Z"}),
                      (f"/speakers/{desk['quill']}/split", {"claim_ids": [desk["quill_claim"]], "new_name": "Q R"})):
        assert client.post(url, data=data).status_code == 403
    assert speaker_of(app, desk["quill_claim"]).id == desk["quill"]


def test_speaker_page_shows_roles_and_track_record_with_labels(app, client, login, reviewer, editor, desk):
    with app.app_context():
        claim = db.session.get(Claim, desk["ada_claim"])
        claim.speaker_role = "mayor of the town"
        publish(claim, db.session.get(User, reviewer.id), db.session.get(User, editor.id), veracity="mostly_false")
        db.session.commit()
    login(editor)
    page = client.get(f"/speakers/{desk['ada']}").get_data(as_text=True)
    assert "mayor of the town" in page
    assert "Mostly false: 1" in page and "mostly_false" not in page


def test_speakers_list_pages_by_name_and_back(make_app, make_user):
    app = make_app(PER_PAGE=3)
    with app.app_context():
        names = [f"{first} {last}" for first in ("Ana", "bo", "Cy") for last in ("Lark", "Moss", "Nye")]
        db.session.add_all(Speaker(name=name) for name in reversed(names))
        db.session.commit()
    client = app.test_client()
    client.post("/login", data={"email": make_user(Role.EDITOR).email, "password": TEST_PASSWORD})
    url, pages = "/speakers/", []
    while url:
        html = client.get(url).get_data(as_text=True)
        pages.append([name for name in names if f">{name}<" in html])
        url = page_link(html, "next")
    assert [name for page in pages for name in page] == names  # by name, whatever the case, each once
    assert len(pages) == 3 and "9 speakers." in html
    html = client.get(page_link(html, "prev")).get_data(as_text=True)
    assert [name for name in names if f">{name}<" in html] == pages[1]

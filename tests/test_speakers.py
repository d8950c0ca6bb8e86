"""The speaker registry: names link articles, descriptions never do; suggestions, not silent renames."""
import sqlalchemy as sa

from factcheck.accounts.models import Role
from factcheck.articles.services import draft_from_paste, import_article
from factcheck.audit.models import Event
from factcheck.claims.models import Claim, ClaimOrigin, ClaimStatus as S, Speaker, SpeakerAlias
from factcheck.claims.services import resolve_selection
from factcheck.extensions import db
from factcheck.extraction import extract
from factcheck.speakers.names import identifies_across_articles, is_name
from factcheck.speakers.services import speaker_for
from tests.workflow_setup import make_article

ENVOY_A = ("Harbour talks stall\n\nLena Marsh, the trade envoy of Arland, said on Monday that the talks had "
           "stalled. The envoy said a deal was still possible.\n")
ENVOY_B = ("Envoy upbeat\n\nTomas Brekke, the envoy of Veldor, said the ships would sail on Friday. "
           "The envoy added that fuel was short.\n")
REPORT_A = "Budget warning\n\nThe report said the repairs would cost more than planned.\n"
REPORT_B = "Ferry audit\n\nThe report said the ferries were older than the law allows.\n"


def imported(text: str) -> int:
    article = import_article(None, draft_from_paste(text))
    db.session.commit()
    return article.id


def credited(article_id: int) -> list[tuple[str | None, str | None]]:
    claims = db.session.scalars(sa.select(Claim).where(Claim.article_id == article_id).order_by(Claim.start))
    return [(claim.speaker.name if claim.speaker else None, claim.speaker_mention) for claim in claims]


def extracted(text: str) -> list[tuple[str | None, str | None]]:
    return [(claim.speaker, claim.speaker_mention) for claim in extract(text).claims]


def test_names_and_descriptions_are_told_apart():
    for name in ("Amara Okafor", "Reuters", "Bank of Ostland", "Ursula von Brandt", "Saleh"):
        assert is_name(name), name
    for description in ("The envoy", "the report", "Analysts", "Officials", "Ostland's ambassador",
                        "a police spokeswoman", "he"):
        assert not is_name(description), description
    assert identifies_across_articles("Amara Okafor", "person")
    assert not identifies_across_articles("Okafor", "person")
    assert not identifies_across_articles("Minister Okafor", "person")
    assert not identifies_across_articles("Foreign Minister", "person")
    assert not identifies_across_articles("Foreign Ministry", "organisation")
    assert not identifies_across_articles("the memo", "document")


def test_a_description_never_links_two_articles(app_context):
    """Failure 1: "The envoy" was stored as an alias of the first envoy met, and took every later one."""
    first, second = imported(ENVOY_A), imported(ENVOY_B)
    assert credited(first) == extracted(ENVOY_A) == [("Lena Marsh", "Lena Marsh"), ("Lena Marsh", "The envoy")]
    assert credited(second) == extracted(ENVOY_B)
    assert {name for name, _ in credited(second)} == {"Tomas Brekke"}
    assert db.session.scalar(sa.select(sa.func.count(SpeakerAlias.id))) == 0


def test_unnamed_sources_belong_to_their_article(app_context):
    first, second = imported(REPORT_A), imported(REPORT_B)
    [(name_a, _)], [(name_b, _)] = credited(first), credited(second)
    speakers = db.session.scalars(sa.select(Speaker).order_by(Speaker.id)).all()
    assert name_a.lower() == name_b.lower() == "the report"
    assert [speaker.article_id for speaker in speakers] == [first, second]


def test_a_surname_is_not_renamed_by_a_later_full_name(app_context):
    """Failure 2: "Quill" became "Ada Quill" when another article named her, published claims included."""
    surname_only = make_article("Cranes\n\nQuill said the port had twelve cranes.\n")
    local = speaker_for(surname_only, "Quill", "person")
    full = speaker_for(make_article("Ada Quill said the port would buy cranes.\n"), "Ada Quill", "person")
    db.session.commit()
    assert (local.name, local.article_id, full.article_id) == ("Quill", surname_only.id, None)
    assert local.id != full.id and not full.aliases


def test_an_unambiguous_full_name_links_articles_and_an_ambiguous_one_does_not(app_context):
    one, two, three = (make_article(f"Text {n}.\n") for n in range(3))
    first = speaker_for(one, "Ada Quill", "person", "harbour minister")
    assert speaker_for(two, "ADA  QUILL", "person") is first and first.role == "harbour minister"
    other = speaker_for(two, "Ada Q. Quill", "person")
    other.aliases.append(SpeakerAlias(alias="Ada Quill"))  # a person said this one is also "Ada Quill"
    db.session.flush()
    ambiguous = speaker_for(three, "Ada Quill", "person")
    assert ambiguous.article_id == three.id and ambiguous not in (first, other)


def test_registry_creations_are_audited(app_context):
    article_id = imported(ENVOY_A)
    [event] = db.session.scalars(sa.select(Event).where(Event.action == "speaker_created")).all()
    assert event.actor_id is None and event.details == {"speaker": "Lena Marsh", "kind": "person", "scope": "shared"}
    assert event.speaker_id == db.session.scalar(sa.select(Claim.speaker_id).where(Claim.article_id == article_id))


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

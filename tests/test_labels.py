"""Labels, not codes: every page shows words for statuses, kinds, ratings and categories; history reads as
sentences; required fields are marked."""
import enum
from html.parser import HTMLParser

import pytest

from factcheck.accounts.models import Role, User
from factcheck.audit.models import Event
from factcheck.audit.sentences import sentence
from factcheck.audit.services import record
from factcheck.claims.models import Claim, QuoteType
from factcheck.claims.services import correct_claim
from factcheck.extensions import db
from factcheck.extraction.categories import load_categories
from factcheck.labels import ENUM_LABELS, label
from factcheck.review.scales import scales
from tests.report_setup import add_claim, make_report_article, publish, review

RATINGS = [(name, rating.key) for name, scale in scales().items() for rating in scale.ratings]
CODES = sorted({*(member.value for members in ENUM_LABELS for member in members),
                *(key for _, key in RATINGS), *load_categories().keys()})


class VisibleText(HTMLParser):
    """The text a reader sees: no tags, attributes, scripts or styles."""

    def __init__(self):
        super().__init__()
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.hidden -= tag in ("script", "style")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


@pytest.mark.parametrize("enum_cls", list(ENUM_LABELS))
def test_every_enum_member_has_a_label(enum_cls: type[enum.Enum]):
    assert set(ENUM_LABELS[enum_cls]) == set(enum_cls)
    for member in enum_cls:
        assert "_" not in label(member) and label(member)[0].isupper()


@pytest.mark.parametrize("scale, key", RATINGS)
def test_ratings_read_as_their_configured_label(scale, key):
    assert label(key, scale) == scales()[scale].get(key).label


def test_categories_codes_and_unknown_values():
    assert label("diplomatic_meeting", "category") == "Diplomatic meeting"
    assert label("in_review", "status") == "In review"
    assert label("a_code_nobody_labelled") == "A code nobody labelled"
    assert label(None) == label("") == ""


@pytest.fixture
def desk(app, make_user):
    """A published claim, a corrected one and an unknown kind of event, made through the services."""
    reviewer, editor, admin = make_user(Role.REVIEWER), make_user(Role.EDITOR), make_user(Role.ADMIN)
    with app.app_context():
        people = [db.session.get(User, user.id) for user in (reviewer, editor, admin)]
        article = make_report_article()
        published = add_claim(article, "the bridge would open in June", "Ada Quill")
        published.category = "arsenal"
        db.session.flush()
        correct_claim(published, people[1], {"quote_type": QuoteType.INDIRECT, "category": "diplomatic_meeting"}, None)
        publish(published, people[0], people[1], attribution="fair_paraphrase", veracity="mostly_true")
        corrected = add_claim(article, "the works were on budget", "Transport ministry")
        review(corrected, people[0], attribution="out_of_context", veracity="half_true")
        db.session.commit()
        db.session.refresh(corrected)
        record(people[1], "return", claim_id=corrected.id)  # an older event: no details at all
        record(people[1], "claim_translated", claim_id=published.id, details={"note": "Quill’s words", "n": 2})
        db.session.commit()
        return {"article": article.id, "published": published.id, "corrected": corrected.id,
                "reviewer": reviewer, "editor": editor, "admin": admin}


def test_no_page_shows_a_code(app, client, login, desk):
    login(desk["admin"])
    article, claim = desk["article"], desk["published"]
    with app.app_context():
        speaker = db.session.get(Claim, claim).speaker_id
    pages = ["/queue", "/queue?status=approved", "/articles/", f"/articles/{article}", f"/claims/{claim}",
             f"/claims/{desk['corrected']}", f"/articles/{article}/report", "/speakers/", f"/speakers/{speaker}",
             "/admin/users", "/articles/import", f"/articles/{article}/edit"]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        text = visible(response.get_data(as_text=True))
        shown = [code for code in CODES if "_" in code and code in text]
        assert shown == [], f"{url} shows codes {shown}"
        assert "\\u" not in text, url


def test_history_reads_as_sentences(app, client, login, desk):
    login(desk["editor"])
    text = visible(client.get(f"/claims/{desk['published']}").get_data(as_text=True))
    for told in [
        "Test reviewer took the claim (New → In review).",
        "Test reviewer added a source: https://records.example/1.",
        "Test reviewer set attribution to Fair paraphrase and veracity to Mostly true.",
        "Test reviewer submitted the verdict for approval (In review → Awaiting approval).",
        "Test editor approved the verdict (Awaiting approval → Approved).",
        "Test editor corrected the quote type from Direct quote to Reported speech; "
        "the category from Arsenal to Diplomatic meeting.",
        "Test editor claim translated (note: Quill’s words, n: 2).",  # no sentence of its own: still words
    ]:
        assert told in text
    assert "{" not in text.split("History", 1)[1]  # no JSON left
    older = visible(client.get(f"/claims/{desk['corrected']}").get_data(as_text=True))
    assert "Test editor returned the verdict." in older


@pytest.mark.parametrize("action, details, statuses, expected", [
    ("dismiss", {"reason": "Opinion, not fact"}, ("new", "dismissed"),
     "Ed Itor dismissed the claim: “Opinion, not fact” (New → Dismissed)."),
    ("assign", {"assignee": "ann@example.org", "assignee_name": "Ann Lee"}, ("new", "in_review"),
     "Ed Itor assigned the claim to Ann Lee (New → In review)."),
    ("reassign", {"assignee": "ann@example.org"}, ("in_review", "in_review"),
     "Ed Itor reassigned the claim to ann@example.org."),
    ("reopen", {"reason": "Wrong date"}, ("approved", "in_review"),
     "Ed Itor reopened the claim for correction: “Wrong date” (Approved → In review)."),
    ("verdict_saved", {"attribution": "misquoted", "veracity": None}, (None, None),
     "Ed Itor set attribution to Misquoted."),
])
def test_claim_events_read_as_sentences(app_context, action, details, statuses, expected):
    event = Event(actor=User(display_name="Ed Itor"), action=action, details=details,
                  from_status=statuses[0], to_status=statuses[1])
    assert sentence(event) == expected


def test_required_fields_are_marked(app, client, login, desk):
    login(desk["reviewer"])
    with app.app_context():
        claim = Claim(article_id=desk["article"], text="she said", start=60, end=68,
                      quote_type=QuoteType.DIRECT, assignee_id=desk["reviewer"].id, status="in_review")
        db.session.add(claim)
        db.session.commit()
        claim_id = claim.id
    page = client.get(f"/claims/{claim_id}").get_data(as_text=True)
    marker = '<abbr class="required-mark" title="required" aria-hidden="true">*</abbr>' \
             '<span class="visually-hidden"> (required)</span>'
    assert f'<label for="source-url">URL{marker}</label>' in page
    assert '<label for="source-title">Title</label>' in page  # optional: no marker
    assert '<label for="comment-body">Comment' + marker in page
    assert 'id="source-url" maxlength="2000" name="source-url" required' in page
    client.post("/logout")
    login_page = client.get("/login").get_data(as_text=True)
    assert f'<label for="email">Email{marker}</label>' in login_page


def test_what_an_action_needs_is_marked_required(app, client, login, desk):
    login(desk["editor"])
    with app.app_context():
        claim = Claim(article_id=desk["article"], text="she said", start=60, end=68, quote_type=QuoteType.DIRECT)
        db.session.add(claim)
        db.session.commit()
        claim_id = claim.id
    page = client.get(f"/claims/{claim_id}").get_data(as_text=True)
    assert 'aria-label="Reason" aria-required="true"' in page and 'placeholder="Why? (required)"' in page
    assert 'aria-label="Assign to" aria-required="true"' in page

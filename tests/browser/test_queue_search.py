"""In Chromium: the queue's search box finds a quoted phrase and a speaker's alias; the speaker picker suggests."""
import pytest
from playwright.sync_api import expect

from factcheck.accounts.models import Role, User
from factcheck.claims.models import Speaker
from factcheck.extensions import db
from factcheck.speakers import registry
from tests.browser.test_review_flow import ARTICLE, QUOTE, log_in

pytestmark = pytest.mark.browser


def test_search_from_the_queue_by_phrase_and_alias(app, new_page, make_user, import_text, claim_id,
                                                    artifacts_dir):
    editor = make_user(Role.EDITOR)
    article_id = import_text(ARTICLE)
    quoted = claim_id(article_id, QUOTE)
    with app.app_context():
        speaker = db.session.scalar(db.select(Speaker).where(Speaker.name == "Jane Doe"))
        registry.add_aliases(db.session.get(User, editor.id), speaker, ["Janet Whitlock"])
        db.session.commit()
    page = new_page()
    log_in(page, editor)
    page.goto("/queue")

    search = page.get_by_label("Search")
    search.fill(f'"{QUOTE}"')
    search.press("Enter")
    rows = page.locator("tr[data-claim]")
    expect(rows).to_have_count(1)
    expect(rows.first).to_have_attribute("data-claim", str(quoted))
    expect(rows.first.locator("mark")).to_have_text(QUOTE)
    expect(page.get_by_label("Sort")).to_have_value("relevance")
    page.screenshot(path=artifacts_dir / "queue-search-phrase.png", full_page=True)

    search = page.get_by_label("Search")
    search.fill("whitlock")
    search.press("Enter")
    expect(page.locator(f'tr[data-claim="{quoted}"]')).to_be_visible()
    speakers = page.locator("tr[data-claim] td:nth-child(3)").all_inner_texts()
    assert set(speakers) == {"Jane Doe"}  # the alias finds her claims only


def test_the_speaker_filter_suggests_as_you_type_and_filters_by_the_one_chosen(app, new_page, make_user,
                                                                               import_text, claim_id):
    reviewer = make_user(Role.REVIEWER)
    article_id = import_text(ARTICLE)
    quoted = claim_id(article_id, QUOTE)
    with app.app_context():
        speaker_id = db.session.scalar(db.select(Speaker.id).where(Speaker.name == "Jane Doe"))
        db.session.add_all([Speaker(name="Janet Doerr"), Speaker(name="Jan Door")])  # other Do… names
        db.session.commit()
    page = new_page()
    log_in(page, reviewer)
    page.goto("/queue")

    picker = page.get_by_role("combobox", name="Speaker")
    picker.press_sequentially("jane d", delay=30)
    suggestion = page.locator("#speaker-suggestions option")
    expect(suggestion).to_have_count(1)  # "Janet Doerr" has no word starting "jane d"
    expect(suggestion).to_have_attribute("value", f"Jane Doe #{speaker_id}")
    picker.fill(suggestion.get_attribute("value"))
    picker.press("Enter")
    expect(page.locator(f'tr[data-claim="{quoted}"]')).to_be_visible()
    assert set(page.locator("tr[data-claim] td:nth-child(2)").all_inner_texts()) == {"Jane Doe"}  # no checkboxes
    expect(page.get_by_role("combobox", name="Speaker")).to_have_value(f"Jane Doe #{speaker_id}")

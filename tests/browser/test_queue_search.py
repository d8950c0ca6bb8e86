"""In Chromium: the queue's search box finds a quoted phrase and a speaker's alias, and marks what it found."""
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

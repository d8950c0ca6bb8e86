"""In Chromium: an editor corrects a claim's speaker on the claim page; the article and speaker pages agree."""
import re

import pytest
from playwright.sync_api import expect

from factcheck.accounts.models import Role
from tests.browser.test_review_flow import ARTICLE, QUOTE, expect_flash, log_in, open_claim

pytestmark = pytest.mark.browser


def test_speaker_corrected_on_the_claim_page_shows_everywhere(new_page, make_user, import_text, claim_id):
    editor = make_user(Role.EDITOR)
    article_id = import_text(ARTICLE)
    claim = claim_id(article_id, QUOTE)
    page = new_page()
    log_in(page, editor)

    open_claim(page, claim)
    expect(page.locator("dl.details")).to_contain_text("Jane Doe")
    page.locator("#correct summary").click()
    page.get_by_label("Speaker", exact=True).select_option(label="Tom Reyes")
    page.get_by_role("button", name="Save corrections").click()
    expect_flash(page, "Claim corrected.")
    expect(page.locator("dl.details dd").first).to_contain_text("Tom Reyes")

    page.goto(f"/articles/{article_id}")
    expect(page.locator(f'[data-claim="{claim}"]')).to_have_attribute("title", re.compile(r"^Tom Reyes"))

    open_claim(page, claim)
    page.locator("dl.details a", has_text="Tom Reyes").click()
    expect(page.locator("#speaker-name")).to_have_text("Tom Reyes")
    expect(page.locator("#speaker-claims")).to_contain_text(QUOTE)

    page.goto("/speakers/?q=jane")
    page.get_by_role("link", name="Jane Doe").click()
    expect(page.locator("#speaker-claims")).not_to_contain_text(QUOTE)

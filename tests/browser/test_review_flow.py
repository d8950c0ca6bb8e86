"""End to end in Chromium: a claim reviewed, returned, revised and approved by two people; a claim added by hand."""
import re

import pytest
from playwright.sync_api import Page, expect

from tests.helpers import TEST_PASSWORD

pytestmark = pytest.mark.browser

ARTICLE = """Harbour tolls to fall next spring

Port Wenlow, 3 March 2025 — The harbour authority will cut mooring tolls by a fifth from April.

“Tolls will drop by twenty percent for every fishing boat in Port Wenlow,” said Jane Doe, the harbour minister.

Council members were less certain. “Nobody has shown us where the money will come from,” said Tom Reyes, a councillor.

The new breakwater, finished last autumn, cost the town eleven million crowns.
"""
QUOTE = "twenty percent for every fishing boat"
NOT_A_CLAIM = "cost the town eleven million crowns"
SOURCE_URL = "https://harbour.example.org/tolls-2025.pdf"
RETURN_COMMENT = "The tariff sheet says fifteen percent; please check it again."


def log_in(page: Page, user) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


def open_claim(page: Page, claim_id: int) -> None:
    page.goto(f"/claims/{claim_id}")
    expect(page.get_by_role("heading", name=re.compile(rf"^Claim {claim_id}\b"))).to_be_visible()


def expect_flash(page: Page, message: str) -> None:
    """The page reached after a POST says `message`; if the app refused, the failure shows its reason."""
    expect(page.locator(".flash-success, .error-banner")).to_have_text(message)


def click_action(page: Page, label: str, status: str) -> None:
    page.get_by_role("button", name=label).click()
    expect_flash(page, f"{label}: done.")
    expect(page.locator("#claim-status")).to_have_text(status)


def finish(page: Page, label: str, claim_id: int) -> None:
    """Submit or Approve: with nothing else waiting for this person, they are taken home."""
    page.get_by_role("button", name=label).click()
    expect_flash(page, f"{label}: done. Claim {claim_id} is saved, and nothing else is waiting for you.")
    expect(page).to_have_url(re.compile(r"/$"))


def add_source(page: Page, url: str, kind: str) -> None:
    page.locator("#sources summary", has_text="Add a source").click()
    form = page.locator("#source-form")
    form.get_by_label("URL").fill(url)
    form.get_by_label("Kind").select_option(kind)
    form.get_by_role("button", name="Add source").click()
    expect_flash(page, "Source added.")
    expect(page.locator("#sources ul.sources")).to_contain_text(url)


def save_verdict(page: Page, attribution: str, veracity: str, summary: str) -> None:
    form = page.locator("#verdict-form")
    form.get_by_label("Attribution").select_option(attribution)
    form.get_by_label("Veracity").select_option(veracity)
    form.get_by_label("Summary").fill(summary)
    form.get_by_role("button", name="Save verdict").click()
    expect_flash(page, "Verdict saved.")


def test_claim_is_reviewed_returned_revised_and_approved(
        make_user, import_text, claim_id, new_page, artifacts_dir):
    reviewer, editor = make_user("reviewer"), make_user("editor")
    article_id = import_text(ARTICLE)
    claim = claim_id(article_id, QUOTE)

    # 1. The reviewer finds the claim in the queue, takes it, adds a source and a verdict, submits.
    reviewer_page = new_page()
    log_in(reviewer_page, reviewer)
    reviewer_page.goto("/queue")
    reviewer_page.locator(f'tr[data-claim="{claim}"]').get_by_role("link", name=re.compile(QUOTE)).click()
    expect(reviewer_page.locator("#claim-status")).to_have_text("New")
    click_action(reviewer_page, "Take this claim", "In review")
    add_source(reviewer_page, SOURCE_URL, "primary")
    save_verdict(reviewer_page, "accurate", "mostly_true", "The minister said it; the cut is close to a fifth.")
    finish(reviewer_page, "Submit for approval", claim)

    # 2. The editor returns it with a comment.
    editor_page = new_page()
    log_in(editor_page, editor)
    open_claim(editor_page, claim)
    expect(editor_page.locator("#claim-status")).to_have_text("Awaiting approval")
    editor_page.locator('form[data-action="return"]').get_by_label("Comment").fill(RETURN_COMMENT)
    click_action(editor_page, "Return with a comment", "Changes requested")

    # 3. The reviewer sees the comment, revises the verdict and submits again.
    reviewer_page.reload()
    expect(reviewer_page.locator("#home-returned")).to_contain_text(RETURN_COMMENT)
    open_claim(reviewer_page, claim)
    expect(reviewer_page.locator("#claim-status")).to_have_text("Changes requested")
    expect(reviewer_page.locator("#comments .comment")).to_contain_text(RETURN_COMMENT)
    revised = "The tariff sheet gives fifteen percent, not twenty."
    save_verdict(reviewer_page, "accurate", "mostly_false", revised)
    finish(reviewer_page, "Submit for approval", claim)

    # 4. The editor approves and publishes the revised verdict.
    open_claim(editor_page, claim)
    finish(editor_page, "Approve and publish", claim)
    open_claim(editor_page, claim)
    expect(editor_page.locator("#claim-status")).to_have_text("Approved")
    expect(editor_page.locator(".verdict.published")).to_contain_text(revised)

    # 5. The article shows the claim as approved.
    editor_page.goto(f"/articles/{article_id}")
    expect(editor_page.locator(f'#article-body a.claim[data-claim="{claim}"]')).to_have_class(
        re.compile(r"(^|\s)status-approved(\s|$)"))
    screenshot = artifacts_dir / "article-approved.png"
    editor_page.screenshot(path=screenshot, full_page=True)
    assert screenshot.stat().st_size > 0


SELECT_WORDS = """words => {
  const walker = document.createTreeWalker(document.getElementById("article-body"), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    return true;
  }
  return false;
}"""


def test_reviewer_adds_a_claim_by_selecting_its_text(make_user, import_text, new_page):
    reviewer = make_user("reviewer")
    article_id = import_text(ARTICLE)
    page = new_page()
    log_in(page, reviewer)
    page.goto(f"/articles/{article_id}")
    expect(page.locator("#article-body a.claim", has_text=NOT_A_CLAIM)).to_have_count(0)

    assert page.evaluate(SELECT_WORDS, NOT_A_CLAIM), "the words are not in the article's text"
    expect(page.locator("#claim-selection")).to_have_text(f"“{NOT_A_CLAIM}”")
    page.get_by_role("button", name="Add claim").click()

    expect(page).to_have_url(re.compile(r"/claims/\d+$"))
    expect_flash(page, "Claim added.")
    expect(page.locator("#claim-status")).to_have_text("New")
    expect(page.locator("blockquote.context mark")).to_have_text(NOT_A_CLAIM)

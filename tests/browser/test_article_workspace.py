"""In Chromium: the article workspace — the claims panel beside the text, each pointing at the other."""
import pytest
from playwright.sync_api import Page, expect

from factcheck.accounts.models import Role
from tests.browser.test_review_flow import log_in
from tests.test_workspace import make_article

pytestmark = pytest.mark.browser
PER_PAGE = 10


@pytest.fixture
def app(make_app):
    return make_app(WTF_CSRF_ENABLED=True, PER_PAGE=PER_PAGE)


@pytest.fixture
def workspace(app, new_page, make_user) -> tuple[Page, int]:
    """A reviewer on an article of 240 claims, half of them taken by the reviewer."""
    reviewer = make_user(Role.REVIEWER)
    with app.app_context():
        article_id = make_article("Depot inventory", 240, assignee_id=reviewer.id)
    page = new_page()
    page.set_viewport_size({"width": 1400, "height": 900})
    log_in(page, reviewer)
    page.goto(f"/articles/{article_id}")
    return page, article_id


def row(page: Page, n: int):
    return page.locator("#panel-claims [data-claim-row]").nth(n)


def highlight(page: Page, claim_id: str):
    return page.locator(f'#article-body a.claim[data-claim="{claim_id}"]')


def test_clicking_a_claim_in_the_panel_shows_it_in_the_text(workspace, artifacts_dir):
    page, _ = workspace
    expect(page.locator("#panel-claims [data-claim-row]")).to_have_count(PER_PAGE)
    expect(row(page, 0)).to_contain_text("Ada Quill")
    expect(row(page, 1)).to_contain_text("Ben Rook")
    expect(row(page, 1)).to_contain_text("reported")
    page.get_by_role("link", name="More claims").click()
    expect(page.locator("#panel-claims [data-claim-row]")).to_have_count(2 * PER_PAGE)

    last = row(page, 2 * PER_PAGE - 1)
    last.locator(".excerpt").click()
    claim_id = last.get_attribute("data-claim-row")
    expect(highlight(page, claim_id)).to_have_class("claim status-new selected-claim")
    expect(highlight(page, claim_id)).to_be_in_viewport()
    expect(last).to_have_attribute("aria-current", "true")

    page.evaluate("window.scrollTo(0, 0)")
    row(page, 3).focus()
    page.keyboard.press("Enter")
    chosen = row(page, 3).get_attribute("data-claim-row")
    expect(highlight(page, chosen)).to_have_attribute("aria-current", "true")
    expect(highlight(page, claim_id)).not_to_have_attribute("aria-current", "true")

    screenshot = artifacts_dir / "article-workspace.png"
    page.screenshot(path=screenshot)
    assert screenshot.stat().st_size > 0


def test_clicking_a_highlight_selects_its_row_even_on_a_later_page(workspace):
    page, article_id = workspace
    page.evaluate("window.workspaceNotReloaded = true")
    far = page.locator("#article-body a.claim").nth(200)
    far.click()
    claim_id = far.get_attribute("data-claim")
    selected = page.locator(f'#panel-claims [data-claim-row="{claim_id}"]')
    expect(selected).to_have_attribute("aria-current", "true")
    expect(selected).to_be_in_viewport()
    expect(selected).to_contain_text("Speaker 200 said the depot holds 200 crates.")
    assert page.url.endswith(f"/articles/{article_id}")  # the highlight's link was not followed

    near = page.locator("#article-body a.claim").nth(201)
    near.click()
    expect(page.locator(f'#panel-claims [data-claim-row="{near.get_attribute("data-claim")}"]')).to_have_attribute(
        "aria-current", "true")
    expect(selected).not_to_have_attribute("aria-current", "true")
    assert page.evaluate("window.workspaceNotReloaded") is True


def test_panel_filters_without_reloading_the_text(workspace):
    page, _ = workspace
    page.evaluate("window.workspaceNotReloaded = true")
    panel = page.locator("#workspace-panel")
    panel.get_by_label("Status").select_option(label="In review")
    expect(page.locator("#panel-total")).to_have_text("80")
    expect(panel.locator(".panel-claim .badge")).to_have_text(["In review"] * PER_PAGE)
    panel.get_by_label("Speaker").select_option(label="Cora Vance")
    expect(page.locator("#panel-total")).to_have_text("0")
    expect(page.locator("#panel-claims li")).to_have_text("No claims match.")
    expect(page.get_by_role("link", name="More claims")).to_be_hidden()
    panel.get_by_label("Speaker").select_option(label="Ada Quill")
    expect(page.locator("#panel-total")).to_have_text("80")
    expect(panel.locator(".panel-claim .panel-speaker strong").first).to_have_text("Ada Quill")
    assert page.evaluate("window.workspaceNotReloaded") is True
    expect(page.locator("#article-body a.claim")).to_have_count(240)

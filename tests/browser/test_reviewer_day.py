"""In Chromium, by keyboard only: a reviewer's day from home to Submit and on to their next claim;
the shortcut help; and a screenshot of each role's home."""
import re

import pytest
from playwright.sync_api import Page, expect

from factcheck.accounts.models import Role, User
from factcheck.articles.models import Article, ArticleStatus
from factcheck.claims.models import Claim
from factcheck.extensions import db
from factcheck.review.services import TransitionInput, take_transition
from tests.browser.test_review_flow import ARTICLE, QUOTE, expect_flash
from tests.helpers import TEST_PASSWORD

pytestmark = pytest.mark.browser

OTHER_QUOTE = "Nobody has shown us where the money will come from"
SOURCE_URL = "https://harbour.example.org/tariffs-2025.pdf"


def assign(app, claim_id: int, user: User) -> None:
    with app.app_context():
        take_transition("take", db.session.get(Claim, claim_id), db.session.get(User, user.id), TransitionInput())
        db.session.commit()


def keyboard_log_in(page: Page, user: User) -> None:
    page.goto("/login")
    expect(page.get_by_label("Email")).to_be_focused()  # the form opens with the cursor in it
    page.keyboard.type(user.email)
    page.keyboard.press("Tab")
    page.keyboard.type(TEST_PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


def press_shortcut(page: Page, key: str) -> None:
    """Press a shortcut key once the page's script listens (a key pressed before is lost, as in any browser)."""
    expect(page.locator("html")).to_have_attribute("data-shortcuts", "ready")
    page.keyboard.press(key)


def tab_to(page: Page, selector: str, limit: int = 120) -> None:
    """Press Tab until the element `selector` names has the focus."""
    target = page.locator(selector)
    for _ in range(limit):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    pytest.fail(f"{selector} cannot be reached with the Tab key")


def choose_next_option(page: Page, selector: str) -> None:
    before = page.locator(selector).input_value()
    tab_to(page, selector)
    page.keyboard.press("ArrowDown")
    expect(page.locator(selector)).not_to_have_value(before)


def test_a_reviewer_works_a_claim_with_the_keyboard_only(
        app, make_user, import_text, claim_id, new_page, artifacts_dir):
    reviewer = make_user(Role.REVIEWER)
    article_id = import_text(ARTICLE)
    claim, next_claim = claim_id(article_id, QUOTE), claim_id(article_id, OTHER_QUOTE)
    assign(app, next_claim, reviewer)
    page = new_page()

    keyboard_log_in(page, reviewer)
    expect(page).to_have_url(re.compile(r"/$"))
    expect(page.locator("#home-assigned tr[data-claim]")).to_have_count(1)
    page.screenshot(path=artifacts_dir / "home-reviewer.png", full_page=True)

    # j walks down the lists of the home: first the claim already assigned, then the first to take.
    press_shortcut(page, "j")
    expect(page.locator("tr.selected")).to_have_attribute("data-claim", str(next_claim))
    press_shortcut(page, "j")
    expect(page.locator("tr.selected")).to_have_attribute("data-claim", str(claim))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/claims/{claim}$"))

    press_shortcut(page, "t")
    expect_flash(page, "Take this claim: done.")
    expect(page.locator("#claim-status")).to_have_text("In review")

    tab_to(page, "#sources summary")
    page.keyboard.press("Enter")
    tab_to(page, "#source-url")
    page.keyboard.type(SOURCE_URL)
    page.keyboard.press("Enter")
    expect_flash(page, "Source added.")

    choose_next_option(page, "#verdict-attribution")
    choose_next_option(page, "#verdict-veracity")
    page.keyboard.press("Tab")
    expect(page.locator("#verdict-summary")).to_be_focused()
    page.keyboard.type("The minister said it, in these words; the tariff sheet agrees.")
    tab_to(page, "#verdict-form button[type=submit]")
    page.keyboard.press("Enter")
    expect_flash(page, "Verdict saved.")

    press_shortcut(page, "s")
    expect(page).to_have_url(re.compile(rf"/claims/{next_claim}$"))
    expect_flash(page, f"Submit for approval: done. Claim {claim} is saved; here is your next claim.")
    with app.app_context():
        assert db.session.get(Claim, claim).status == "awaiting_approval"


def select_with_j(page: Page, claim: int, limit: int = 30) -> None:
    for _ in range(limit):
        press_shortcut(page, "j")
        if page.locator("tr.selected").get_attribute("data-claim") == str(claim):
            return
    pytest.fail(f"claim {claim} cannot be selected with j")


def test_a_claim_selected_in_the_queue_is_taken_with_t(make_user, import_text, claim_id, new_page):
    claim = claim_id(import_text(ARTICLE), QUOTE)
    page = new_page()
    keyboard_log_in(page, make_user(Role.REVIEWER))
    page.goto("/queue?status=new")
    select_with_j(page, claim)
    press_shortcut(page, "t")
    expect(page).to_have_url(re.compile(rf"/claims/{claim}$"))
    expect_flash(page, "Take this claim: done.")
    expect(page.locator("#claim-status")).to_have_text("In review")


def test_the_shortcut_help_opens_and_shortcuts_wait_while_typing(make_user, import_text, new_page):
    import_text(ARTICLE)
    page = new_page()
    keyboard_log_in(page, make_user(Role.REVIEWER))
    page.goto("/queue")

    press_shortcut(page, "?")
    help_dialog = page.get_by_role("dialog", name="Keyboard shortcuts")
    expect(help_dialog).to_be_visible()
    expect(help_dialog).to_contain_text("approve and publish this claim")
    page.keyboard.press("Escape")
    expect(help_dialog).to_be_hidden()

    tab_to(page, "input[name=q]")
    page.keyboard.type("jk?")
    expect(page.locator("input[name=q]")).to_have_value("jk?")
    expect(page.locator("tr.selected")).to_have_count(0)
    expect(help_dialog).to_be_hidden()


def test_each_role_has_a_home(app, make_user, import_text, claim_id, new_page, artifacts_dir):
    reviewer, editor, admin = (make_user(role) for role in (Role.REVIEWER, Role.EDITOR, Role.ADMIN))
    article_id = import_text(ARTICLE)
    assign(app, claim_id(article_id, OTHER_QUOTE), reviewer)
    with app.app_context():
        db.session.add(Article(title="Harbour board minutes (scanned)", body="?", checksum="0" * 64,
                               status=ArticleStatus.FAILED, status_reason="The file holds no text."))
        db.session.commit()

    for user, sections in ((editor, ("approve", "unassigned", "published", "failures")),
                           (admin, ("users", "health", "approve", "assigned"))):
        page = new_page()
        keyboard_log_in(page, user)
        for key in sections:
            expect(page.locator(f"#home-{key} h3")).to_contain_text(re.compile(r"\(\d+\)"))
        page.screenshot(path=artifacts_dir / f"home-{user.role}.png", full_page=True)
    expect(page.locator("#home-health")).to_contain_text("reachable")
    assert (artifacts_dir / "home-editor.png").stat().st_size > 0

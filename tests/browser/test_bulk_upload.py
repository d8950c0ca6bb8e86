"""In Chromium, on the real queue: three files uploaded at once, the progress page following each to "done";
a pasted article's page following its extraction from queued to ready."""
import pytest
from playwright.sync_api import expect

from factcheck.jobs.worker import worker_threads
from tests.browser.test_review_flow import log_in

pytestmark = pytest.mark.browser

FILES = {
    "ferry.txt": "Ferry fares to rise\n\n“We need another month,” said Petra Lind, the council's chair.\n",
    "bridge.txt": "Bridge to reopen\n\nThe mayor said on Tuesday that the bridge would open in June.\n",
    "port.html": "<html><head><title>Port reopens</title></head><body><h1>Port reopens</h1>"
                 "<p>“We are back,” said the harbour master.</p></body></html>",
}


@pytest.fixture
def app(make_app, tmp_path):
    """The real queue (no immediate mode): nothing is imported until the test starts a worker."""
    return make_app(WTF_CSRF_ENABLED=True, QUEUE_IMMEDIATE=False, QUEUE_URL=f"sqlite:///{tmp_path / 'jobs.db'}")


def test_bulk_upload_of_three_files_reaches_done_for_each(app, make_user, new_page):
    page = new_page()
    log_in(page, make_user())
    page.goto("/articles/bulk")
    page.get_by_label("Files").set_input_files([
        {"name": name, "mimeType": "text/plain", "buffer": text.encode()} for name, text in FILES.items()])
    page.get_by_role("button", name="Upload and import").click()
    rows = page.locator("#batch tbody tr")
    expect(rows).to_have_count(3)
    for name in FILES:
        expect(rows.filter(has_text=name).locator(".state")).to_have_text("queued")

    with worker_threads(app):  # the page was loaded before any work began: what changes now is polled live
        for name in FILES:
            expect(rows.filter(has_text=name).locator(".state")).to_have_text("done", timeout=60_000)
        expect(page.locator("#batch-summary")).to_have_text("All files are done.")
    link = rows.filter(has_text="ferry.txt").get_by_role("link")
    expect(link).to_have_text("article 1")
    expect(link).to_have_attribute("href", "/articles/1")


def test_article_page_follows_its_extraction_until_the_claims_show(app, make_user, new_page):
    page = new_page()
    log_in(page, make_user())
    page.goto("/articles/import")
    page.get_by_label("Article text").fill(FILES["ferry.txt"])
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#article-status")).to_have_text("Queued")
    expect(page.locator("a.claim")).to_have_count(0)
    with worker_threads(app):
        expect(page.locator("#article-status")).to_have_text("Ready", timeout=60_000)  # the page reloaded itself
    expect(page.locator("a.claim", has_text="We need another month")).to_be_visible()

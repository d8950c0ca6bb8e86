"""Browser fixtures: the app served on a free port with real CSRF, and Chromium driven by Playwright."""
import os
import threading
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from werkzeug.serving import make_server

from factcheck.articles.services import draft_from_paste, import_article
from factcheck.claims.models import Claim
from factcheck.extensions import db
from tests.helpers import skip_or_fail_in_ci

CHROMIUM = Path(os.environ.get("FACTCHECK_TEST_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def app(make_app):
    """The served app; `make_user` writes its users to this app's database too."""
    return make_app(WTF_CSRF_ENABLED=True)


@pytest.fixture
def live_server(app):
    """The app served in a background thread; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()
    server.server_close()


@pytest.fixture
def browser():
    if not CHROMIUM.exists():
        skip_or_fail_in_ci(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


# Every page reports what the Content-Security-Policy blocked; the test fails on any of it.
REPORT_CSP_VIOLATIONS = """document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
});"""


@pytest.fixture
def new_page(live_server, browser):
    """new_page() -> a page in a browser context of its own (its own cookies, so its own login)."""
    contexts = []
    violations = []

    def open_page():
        context = browser.new_context(base_url=live_server)
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        contexts.append(context)
        page = context.new_page()
        page.on("console", lambda message: message.type == "error" and (
            "CSP violation" in message.text or "Content Security Policy" in message.text)
            and violations.append(message.text))
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert violations == [], "the Content-Security-Policy blocked something"


@pytest.fixture
def import_text(app):
    """import_text(text) -> the article's id, imported (and its claims extracted) by the app itself."""

    def run(text: str) -> int:
        with app.app_context():
            article = import_article(None, draft_from_paste(text))
            db.session.commit()
            return article.id

    return run


@pytest.fixture
def claim_id(app):
    """claim_id(article_id, words) -> the id of the article's claim whose text holds `words`."""

    def find(article_id: int, words: str) -> int:
        with app.app_context():
            found = db.session.scalar(db.select(Claim.id).where(
                Claim.article_id == article_id, Claim.text.contains(words)))
        assert found is not None, f"no claim holding {words!r} was extracted"
        return found

    return find


@pytest.fixture
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS

"""Helpers shared by the tests."""
import os
import re
import time
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

TEST_PASSWORD = "correct horse battery"


def csrf_token_from(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


# Why tests were skipped for want of something on this machine; tests/conftest.py sums them up.
MISSING = []
APT_INSTALL = re.compile(r"apt-get install ([\w .+-]+?)(?:\)|$|;|,)")


def skip_or_fail_in_ci(reason: str) -> None:
    """What a test does when something it needs is missing: in CI that is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    MISSING.append(reason)
    pytest.skip(reason)


def missing_notice() -> str | None:
    """One line: how many tests were skipped, and what to install to run them."""
    if not MISSING:
        return None
    packages = sorted({package for reason in MISSING for match in APT_INSTALL.finditer(reason)
                       for package in match.group(1).split()})
    install = f"apt-get install {' '.join(packages)}" if packages else "; ".join(sorted(set(MISSING)))
    return (f"{len(MISSING)} test(s) skipped because this machine lacks optional system packages; to run them: "
            f"{install} (README: Optional system packages)")


def wait_until(condition, timeout: float = 90, interval: float = 0.2, what: str = "the condition"):
    """Poll `condition` until it returns something true; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(interval)
    pytest.fail(f"{what} did not happen within {timeout} s")


@contextmanager
def counted_statements(engine: sa.Engine):
    """Collects the SQL statements `engine` runs inside the block."""
    statements = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)


def page_link(html: str, rel: str) -> str | None:
    """The href of the page's rel="next" or rel="prev" link, unescaped; None when there is none."""
    found = re.search(rf'<a href="([^"]+)" rel="{rel}"', html)
    return found and found.group(1).replace("&amp;", "&")

"""Helpers shared by the tests."""
import os
import re

import pytest

TEST_PASSWORD = "correct horse battery"


def csrf_token_from(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)


def skip_or_fail_in_ci(reason: str) -> None:
    """What a test does when something it needs is missing: in CI that is a failure."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)

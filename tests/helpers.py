"""Helpers shared by the tests."""
import re

TEST_PASSWORD = "correct horse battery"


def csrf_token_from(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, "no CSRF token on the page"
    return match.group(1)

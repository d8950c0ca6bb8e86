import datetime as dt

import pytest

from factcheck.extraction import extract

ARTICLE_DATE = dt.date(2023, 3, 9)  # a Thursday


@pytest.fixture
def claims_of():
    """Extract from a text, check every offset, and return the claims."""

    def run(text: str, article_date: dt.date | None = ARTICLE_DATE):
        result = extract(text, article_date)
        for claim in result.claims:
            assert text[claim.start : claim.end] == claim.text
        return result.claims

    return run


@pytest.fixture
def claim_with():
    """The one claim whose text contains ``fragment``."""

    def find(claims, fragment: str):
        found = [c for c in claims if fragment in c.text]
        assert len(found) == 1, f"{fragment!r} in {[c.text for c in claims]}"
        return found[0]

    return find

import datetime as dt

import pytest

from factcheck.extraction.dates import detect_article_date, resolve

NEW_YEAR = dt.date(2022, 1, 1)  # a Saturday


@pytest.mark.parametrize(("expression", "expected"), [
    ("December 30", "2021-12-30"),
    ("January 1", "2022-01-01"),
    ("30 December", "2021-12-30"),
    ("March 3, 2019", "2019-03-03"),
    ("September", "2021-09"),
    ("in January", "2022-01"),
    ("September 2020", "2020-09"),
    ("Tuesday", "2021-12-28"),
    ("Saturday", "2022-01-01"),
    ("yesterday", "2021-12-31"),
    ("today", "2022-01-01"),
    ("2021-11-05", "2021-11-05"),
    ("last week", None),
])
def test_resolved_against_the_article_date(expression, expected):
    assert resolve(expression, NEW_YEAR) == expected


def test_chained_days_count_from_the_previous_statement():
    assert resolve("the following day", NEW_YEAR, previous="2021-12-26") == "2021-12-27"
    assert resolve("the day before", NEW_YEAR, previous="2021-12-26") == "2021-12-25"
    assert resolve("the next day", NEW_YEAR, previous=None) is None


def test_without_article_date_only_full_dates_resolve():
    assert resolve("December 30", None) is None
    assert resolve("Tuesday", None) is None
    assert resolve("December 30, 2021", None) == "2021-12-30"


@pytest.mark.parametrize("dateline", [
    "Saturday, January 1, 2022", "January 1, 2022", "1 January 2022", "Posted 2022-01-01 by staff",
])
def test_article_date_from_leading_lines(dateline):
    assert detect_article_date(f"Headline here\n\n{dateline}\n\nBody text.") == NEW_YEAR


def test_no_article_date_when_none_is_given():
    assert detect_article_date("Headline\n\nThe body mentions nothing datable.") is None

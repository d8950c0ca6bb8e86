"""Details found in an article's leading lines."""
from datetime import date

from factcheck.articles.metadata import find_date, guess_metadata


def test_dateline_forms():
    assert find_date("Friday, March 6, 2026") == date(2026, 3, 6)
    assert find_date("6 March 2026") == date(2026, 3, 6)
    assert find_date("Sept. 9, 2025") == date(2025, 9, 9)
    assert find_date("Sep. 9, 2025") == date(2025, 9, 9)
    assert find_date(" date 2025-12-31 Someone") == date(2025, 12, 31)
    assert find_date("February 30, 2026") is None
    assert find_date("No date here") is None


def test_title_outlet_byline_and_date():
    found = guess_metadata("Mill closes after ninety years\n\nTHE VALLEY POST\n\n2 June 2026\n\n"
                           "By Rosa Lindqvist, staff writer\n\n"
                           + "The mill's owner said the plant would close. " * 10)
    assert found.title == "Mill closes after ninety years"
    assert found.outlet == "THE VALLEY POST"
    assert found.author == "Rosa Lindqvist"
    assert found.published_on == date(2026, 6, 2)


def test_plain_text_without_header_gives_nothing_wrong():
    found = guess_metadata("The minister said the budget was balanced. " * 20)
    assert found.published_on is None and found.author is None and found.outlet is None

"""Any text at all: no exception, and every claim's offsets index the text exactly."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extraction import extract

QUOTE_MARKS = ["“", "”", '"', "„", "«", "»", "‘", "’", "'"]
PIECES = [
    "Osric Pell said", "“The plan will fail,” she said.", "according to the ministry,", "He added:",
    "\n\n", "\r\n", "\n", " ", ".", ",", ":", "The envoy told the Valley Courier that", "it", "they",
    "In a tweet on Tuesday,", "accused the council of", "?", "\u2028", "\t", "called on them to",
]
SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str) -> None:
    result = extract(text)
    for claim in result.claims:
        assert 0 <= claim.start <= claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
    result.to_dict()


@SETTINGS
@given(st.text())
def test_random_unicode(text):
    check(text)


@SETTINGS
@given(st.lists(st.sampled_from(PIECES + QUOTE_MARKS), max_size=60).map("".join))
def test_news_like_fragments_with_unbalanced_quotes(text):
    check(text)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(QUOTE_MARKS), st.text(max_size=8)), max_size=40).map("".join))
def test_quote_marks_among_random_text(text):
    check(text)


def test_empty_and_blank_texts():
    for text in ["", " ", "\n\n", "\r\n\t", "“", "”"]:
        assert extract(text).claims == []


PARAGRAPHS = [
    "“The reservoir is at its lowest level in a decade,” water board chair Harriet Vance said on Monday. "
    "“We are asking everyone to save water.”",
    "Osric Pell, the regional governor, told the Valley Courier that rationing would start in May. "
    "He said farmers would be compensated.",
    "The board has said the pipes will be replaced, according to a report seen by the paper. "
    "The “emergency plan was, critics said, drawn up in haste.",
    "“Nobody will go without drinking water.\n\n“We have enough in reserve for the summer,” Vance added.",
]


def test_a_megabyte_article_keeps_offsets_exact():
    block = "\n\n".join(PARAGRAPHS)
    text = "\n\n".join([block] * (1_050_000 // len(block) + 1))
    assert len(text) > 1_000_000
    result = extract(text)
    assert len(result.claims) > 1000
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.text


def test_one_paragraph_longer_than_spacy_max_length():
    sentence = "Osric Pell said the dam was safe and the engineers agreed with him. "
    text = sentence * (1_100_000 // len(sentence))
    result = extract(text)
    assert len(result.claims) > 1000
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.text

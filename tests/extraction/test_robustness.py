"""Any text at all: no exception, and every claim's offsets index the text exactly."""
from hypothesis import HealthCheck, given, settings, strategies as st

from factcheck.extraction import document, extract

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
    """Over spaCy's max_length, with one paragraph alone longer than a processing chunk."""
    block = "\n\n".join(PARAGRAPHS)
    long_paragraph = " ".join(PARAGRAPHS[:3]).replace("\n", " ") * 400
    text = "\n\n".join([block] * (900_000 // len(block)) + [long_paragraph])
    assert len(text) > 1_000_000 and len(long_paragraph) > document.MAX_CHUNK_CHARS
    result = extract(text)
    assert len(result.claims) > 1000
    for claim in result.claims:
        assert text[claim.start : claim.end] == claim.text


def test_chunks_of_a_long_paragraph_cover_it_exactly(monkeypatch):
    monkeypatch.setattr(document, "MAX_CHUNK_CHARS", 120)
    sentence = "Osric Pell said the dam was safe and the engineers agreed with him. "
    text = "Intro line.\n" + sentence * 20 + "x" * 300
    chunks = list(document.split_paragraphs(text))
    assert all(len(chunk) <= 120 for _, chunk in chunks)
    assert "".join(chunk for _, chunk in chunks) == text.replace("\n", "")
    assert all(text[offset : offset + len(chunk)] == chunk for offset, chunk in chunks)
    claims = extract(text).claims
    assert len(claims) >= 15
    assert all(text[c.start : c.end] == c.text and c.speaker == "Osric Pell" for c in claims)

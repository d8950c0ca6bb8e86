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


# -- hostile input: the work handed to spaCy is bounded piece by piece ----------------------------
HOSTILE_UNITS = ['"“”‘’\'«»', "!?.,;:-—()", "Osric Pell said ", "“the envoy said ‘the minister wrote ",
                 "Thecouncilsaid“theplanwillfail”,accordingtoPell.", "a" * 10, " ", "\n"]


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(HOSTILE_UNITS), st.integers(1, 400)), max_size=8)
       .map(lambda parts: "".join(unit * count for unit, count in parts)))
def test_pieces_for_spacy_are_bounded_and_cover_the_text(text):
    """Work per character is bounded because every piece is: at most MAX_CHUNK_CHARS long, no run
    without a space longer than MAX_RUN_CHARS, each piece exactly where it sits in the text."""
    covered = 0
    for offset, piece in document.split_paragraphs(text):
        assert text[offset : offset + len(piece)] == piece
        assert len(piece) <= document.MAX_CHUNK_CHARS
        assert max((len(run) for run in piece.split()), default=0) <= document.MAX_RUN_CHARS
        covered += len(piece)
    assert covered <= len(text)


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(HOSTILE_UNITS), st.integers(1, 200)), max_size=6)
       .map(lambda parts: "".join(unit * count for unit, count in parts)))
def test_hostile_mixtures_keep_offsets_exact(text):
    check(text)


def test_tokens_parsed_grow_linearly_with_hostile_input():
    """A work counter, not a timer: the tokens spaCy is given per character do not grow with size."""
    from factcheck.extraction.language import get_nlp

    for unit in HOSTILE_UNITS[:5]:
        small, large = unit * (5_000 // len(unit)), unit * (50_000 // len(unit))
        per_char = [sum(len(p.doc) for p in document.parse(text, get_nlp())[0]) / len(text) for text in (small, large)]
        assert per_char[1] <= per_char[0] * 1.1 + 0.01, (unit, per_char)
        assert per_char[1] <= document.MAX_TOKENS_PER_CHAR + 0.05


def test_degraded_input_says_so_and_keeps_what_it_can():
    marks = '"“”‘’' * 2_000
    no_spaces = "Thecouncilsaid“theplanwillfail”,accordingtoPell." * 50
    text = "Osric Pell said the dam was safe.\n" + marks + "\n" + no_spaces
    result = extract(text)
    assert [c.text for c in result.claims] == ["the dam was safe"]
    assert any("mostly punctuation" in warning for warning in result.warnings)
    assert any("without a space" in warning for warning in result.warnings)
    assert result.to_dict()["article"]["warnings"] == result.warnings
    assert extract("Osric Pell said the dam was safe.").warnings == []

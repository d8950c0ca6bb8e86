"""Turning token ranges into clean character spans."""
from spacy.tokens import Token

from .document import Paragraph
from .quotes import QUOTE_MARKS, Quote

_LEADING_WORDS = frozenset("that whether , ; : — – -".split())


def quote_membership(paragraph: Paragraph, quotes: list[Quote]) -> list[bool]:
    """For each token of the paragraph, whether it lies inside one of the quotes."""
    inside = [False] * len(paragraph.doc)
    ranges = iter(quotes)
    current = next(ranges, None)
    for token in paragraph.doc:
        offset = paragraph.offset(token)
        while current is not None and offset >= current.end:
            current = next(ranges, None)
        inside[token.i] = current is not None and current.start <= offset
    return inside


def tokens_between(paragraph: Paragraph, start: int, end: int) -> list[Token]:
    """The tokens starting within the absolute character range [start, end)."""
    first = paragraph.token_at(start)
    if first is None:
        return []
    tokens = []
    for token in paragraph.doc[first.i :]:
        offset = paragraph.offset(token)
        if offset >= end:
            break
        if offset >= start:
            tokens.append(token)
    return tokens


def is_quote_mark(token: Token) -> bool:
    return len(token.text) == 1 and token.text in QUOTE_MARKS


def ends_on_comma(doc, index: int) -> bool:
    """Whether the token at ``index`` is a comma, or a quotation mark closing on one: ..., / “...,”."""
    if index > 0 and is_quote_mark(doc[index]):
        index -= 1
    return index >= 0 and doc[index].text == ","


def clean_span(paragraph: Paragraph, first: Token, last: Token, quotes: list[Quote]) -> tuple[int, int] | None:
    """The characters from ``first`` to ``last`` without edge punctuation and "that",
    widened so that no quotation is cut in half."""
    doc = paragraph.doc
    i, j = first.i, last.i
    while i <= j and (doc[i].lower_ in _LEADING_WORDS or (doc[i].is_punct and not is_quote_mark(doc[i]))):
        i += 1
    while j >= i and (doc[j].is_punct and not is_quote_mark(doc[j]) and doc[j].text not in ")]%"):
        j -= 1
    j = _before_colon_quote(paragraph, i, j) if i < j else j
    if i > j:
        return None
    start, end = paragraph.offset(doc[i]), paragraph.end_offset(doc[j])
    for quote in quotes:
        if start <= quote.end and quote.start <= end:
            if quote.start - 1 < start and start > quote.start:
                start = quote.start - 1 if quote.start > paragraph.start else quote.start
            if end < quote.end:
                end = min(quote.end + 1, paragraph.end)
    return _without_lone_marks(paragraph, start, end)


def _before_colon_quote(paragraph: Paragraph, i: int, j: int) -> int:
    """A quotation after a quoted phrase and a colon is a statement of its own:
    ... any plan “must be fair”: “We ...”."""
    doc, text = paragraph.doc, paragraph.text
    colon = text.find(":", doc[i].idx, doc[j].idx)
    while colon >= 0:
        k = paragraph.token_at(paragraph.start + colon).i
        if i < k < j and doc[k].text == ":" and is_quote_mark(doc[k + 1]) and is_quote_mark(doc[k - 1]):
            return k - 1
        colon = text.find(":", colon + 1, doc[j].idx)
    return j


def _without_lone_marks(paragraph: Paragraph, start: int, end: int) -> tuple[int, int] | None:
    text = paragraph.text
    local_start, local_end = start - paragraph.start, end - paragraph.start
    while local_end > local_start and text[local_end - 1] in " ,;:":
        local_end -= 1
    if local_end <= local_start:
        return None
    return paragraph.start + local_start, paragraph.start + local_end

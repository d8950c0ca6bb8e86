"""Quoted stretches, paired paragraph by paragraph so one stray mark cannot wreck the rest.

News style opens every paragraph of a long quotation with a quote mark and closes only
the last; such a quote is kept as one stretch per paragraph, linked by ``continues``.
"""
from dataclasses import dataclass

OPENING_MARKS = "“„«"
CLOSING_MARKS = "”»"
STRAIGHT_MARK = '"'
QUOTE_MARKS = OPENING_MARKS + CLOSING_MARKS + STRAIGHT_MARK
_OPENING_CONTEXT = " \t([{—–-/:"


@dataclass
class Quote:
    paragraph: int
    start: int  # first character inside the marks, absolute
    end: int  # one past the last character inside the marks, absolute
    continues: bool = False  # carries on a quotation left open by the previous paragraph
    runs_on: bool = False  # left open here; the next paragraph carries it on


def find_quotes(paragraph_texts: list[tuple[int, str]]) -> list[list[Quote]]:
    """The quotes of each paragraph, given (offset, text) pairs in document order."""
    result: list[list[Quote]] = []
    open_from_previous = False
    for index, (offset, text) in enumerate(paragraph_texts):
        next_text = paragraph_texts[index + 1][1] if index + 1 < len(paragraph_texts) else ""
        pairs, unclosed = _pair_marks(text)
        quotes = [Quote(index, offset + a, offset + b) for a, b in pairs]
        if unclosed is not None and _opens_with_quote(next_text):
            quotes.append(Quote(index, offset + unclosed + 1, offset + len(text.rstrip()), runs_on=True))
        if open_from_previous and quotes and _opens_with_quote(text):
            if quotes[0].start - offset == len(text) - len(text.lstrip()) + 1:
                quotes[0].continues = True
        open_from_previous = bool(quotes) and quotes[-1].runs_on
        result.append([q for q in (_trimmed(q, text, offset) for q in quotes) if q is not None])
    return result


def _pair_marks(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs of (content start, content end) and the position of a mark left open."""
    pairs = []
    open_at = None
    for position, char in enumerate(text):
        if char not in QUOTE_MARKS:
            continue
        opening, closing = _roles(text, position)
        if open_at is None:
            if opening:
                open_at = position
        elif closing:
            pairs.append((open_at + 1, position))
            open_at = None
        elif opening:
            open_at = position  # the earlier mark was stray: restart here
    return pairs, open_at


def _roles(text: str, position: int) -> tuple[bool, bool]:
    """Whether the mark at ``position`` can open and whether it can close a quote."""
    char = text[position]
    if char in OPENING_MARKS:
        return True, False
    if char in CLOSING_MARKS:
        return False, True
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    opens = before in _OPENING_CONTEXT and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    return opens, closes


def _opens_with_quote(text: str) -> bool:
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in OPENING_MARKS + STRAIGHT_MARK


def _trimmed(quote: Quote, text: str, offset: int) -> Quote | None:
    content = text[quote.start - offset : quote.end - offset]
    if not content.strip():
        return None
    quote.start += len(content) - len(content.lstrip())
    quote.end -= len(content) - len(content.rstrip())
    return quote

"""Quoted stretches, paired paragraph by paragraph so one stray mark cannot wreck the rest.

News style opens every paragraph of a long quotation with a quote mark and closes only
the last; such a quote is kept as one stretch per paragraph, linked by ``continues``.

British style quotes with single marks, which double as apostrophes (don't, o'clock, the
Smiths' house, the '90s). A single mark opens only after a space or an opening bracket and
closes only at a word's end; where a closer could also be a plural possessive ("Smiths' house"),
a later closer before the next opener is preferred. Single marks inside a double-quoted stretch
are nested quotes and stay part of it; double marks inside a single-quoted stretch likewise.
"""
import bisect
import re
from dataclasses import dataclass

OPENING_MARKS = "“„«"
CLOSING_MARKS = "”»"
STRAIGHT_MARK = '"'
SINGLE_OPENING, SINGLE_CLOSING, STRAIGHT_SINGLE = "‘", "’", "'"
SINGLE_MARKS = SINGLE_OPENING + SINGLE_CLOSING + STRAIGHT_SINGLE
DOUBLE_MARKS = OPENING_MARKS + CLOSING_MARKS + STRAIGHT_MARK
QUOTE_MARKS = DOUBLE_MARKS + SINGLE_MARKS
_OPENING_CONTEXT = " \t([{—–-/:"
_ELIDED_YEAR = re.compile(r"\d\d(s\b|\b)")  # the '90s, class of '09


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
        pairs, unclosed = _pair_all_marks(text)
        quotes = [Quote(index, offset + a, offset + b) for a, b in pairs]
        if unclosed is not None and opens_with_quote(next_text):
            quotes.append(Quote(index, offset + unclosed + 1, offset + len(text.rstrip()), runs_on=True))
        if open_from_previous and quotes and opens_with_quote(text):
            if quotes[0].start - offset == len(text) - len(text.lstrip()) + 1:
                quotes[0].continues = True
        open_from_previous = bool(quotes) and quotes[-1].runs_on
        result.append([q for q in (_trimmed(q, text, offset) for q in quotes) if q is not None])
    return result


def _pair_all_marks(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Double-quoted and single-quoted pairs, outermost only, in order; and a mark left open."""
    doubles, double_open = _pair_marks(text)
    singles, single_open = _pair_single_marks(text, doubles)
    outer_singles = [s for s in singles if not _inside_one_of(s, doubles)]
    outer_doubles = [d for d in doubles if not _inside_one_of(d, outer_singles)]
    pairs = sorted(outer_doubles + outer_singles)
    open_marks = [m for m in (double_open, single_open) if m is not None and _covering(pairs, m) is None]
    return pairs, max(open_marks, default=None)


def _covering(pairs: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """The pair of ``pairs`` (sorted, not overlapping) whose range holds ``position``."""
    index = bisect.bisect_right(pairs, (position, float("inf"))) - 1
    if index >= 0 and pairs[index][0] <= position < pairs[index][1]:
        return pairs[index]
    return None


def _inside_one_of(inner: tuple[int, int], pairs: list[tuple[int, int]]) -> bool:
    outer = _covering(pairs, inner[0])
    return outer is not None and inner[1] <= outer[1]


def _pair_marks(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs of (content start, content end) and the position of a mark left open."""
    pairs = []
    open_at = None
    for position, char in enumerate(text):
        if char not in DOUBLE_MARKS:
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
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    if char in CLOSING_MARKS:
        # A closing mark typed where an opening one belongs: ”Mr Roe said ...” at a paragraph's start.
        turned = before in _OPENING_CONTEXT and after.isalnum()
        return turned, not turned
    opens = before in _OPENING_CONTEXT and not after.isspace()
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    return opens, closes


def _pair_single_marks(text: str, doubles: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs of single marks outside double-quoted stretches, and an opener left unclosed."""
    outside = [p for p, c in enumerate(text) if c in SINGLE_MARKS and _covering(doubles, p) is None]
    openers = [p for p in outside if _single_opens(text, p)]
    closers = [p for p in outside if _single_closes(text, p)]
    pairs, open_at = [], None
    for index, start in enumerate(openers):
        if pairs and start < pairs[-1][1]:
            continue
        limit = openers[index + 1] if index + 1 < len(openers) else len(text)
        choices = closers[bisect.bisect_right(closers, start) : bisect.bisect_left(closers, limit)]
        if not choices:
            open_at = start
            continue
        plain = [p for p in choices if not _possessive_shape(text, p)]
        end = plain[0] if plain else choices[-1]
        pairs.append((start + 1, end))
        open_at = None
    return pairs, open_at


def _single_opens(text: str, position: int) -> bool:
    if text[position] == SINGLE_CLOSING:
        return False
    before = text[position - 1] if position else " "
    after = text[position + 1 : position + 4]
    return before in _OPENING_CONTEXT and bool(after) and not after[0].isspace() and not _ELIDED_YEAR.match(after)


def _single_closes(text: str, position: int) -> bool:
    if text[position] == SINGLE_OPENING:
        return False
    before = text[position - 1] if position else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _possessive_shape(text: str, position: int) -> bool:
    """"the Smiths' house": a mark after an -s, followed by a space and a word."""
    return text[position - 1] in "sS" and text[position + 1 : position + 2] == " " and \
        text[position + 2 : position + 3].isalnum()


def opens_with_quote(text: str) -> bool:
    stripped = text.lstrip()
    if not stripped:
        return False
    offset = len(text) - len(stripped)
    turned = stripped[0] in CLOSING_MARKS and stripped[1:2].isalnum()
    return stripped[0] in OPENING_MARKS + STRAIGHT_MARK or turned or (
        stripped[0] in SINGLE_MARKS and _single_opens(text, offset))


def _trimmed(quote: Quote, text: str, offset: int) -> Quote | None:
    content = text[quote.start - offset : quote.end - offset]
    if not content.strip():
        return None
    quote.start += len(content) - len(content.lstrip())
    quote.end -= len(content) - len(content.rstrip())
    return quote

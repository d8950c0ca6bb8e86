"""Quotations signed with a dash, as in vox pops and readers' replies: “...,” — Jane Roe,
teacher; or a line “— Jane Roe, teacher” under one or more quoted paragraphs. The name after
the dash is the speaker of every quoted paragraph above it, back to the last one attributed."""
import re

from spacy.tokens import Token

from .candidates import DIRECT, Candidate, Cue
from .direct import is_question
from .document import Paragraph
from .quotes import Quote, opens_with_quote
from .reported import CLAUSE

_DASH = r"(?:[—–―]|--)\s*"
_NAME = r"(?P<name>[A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){0,3})"
_DESCRIPTION = r"(?:,(?P<description>[^\n]*))?"
_SIGN_OFF_LINE = re.compile(rf"\s*{_DASH}{_NAME}{_DESCRIPTION}\s*$")
_SIGNED_QUOTE_END = re.compile(rf"[”\"’'][.,]?\s*{_DASH}{_NAME}{_DESCRIPTION}\s*$")
_MAX_DESCRIPTION_WORDS = 12
MAX_SIGNED_PARAGRAPHS = 4


def is_sign_off_line(paragraph: Paragraph) -> bool:
    return _match(_SIGN_OFF_LINE.match(paragraph.text)) is not None


def sign_off(paragraph: Paragraph) -> Cue | None:
    """The cue a dash and a name give: the paragraph is the signature line, or quoted words
    ending in one."""
    found = _match(_SIGN_OFF_LINE.match(paragraph.text))
    if found is None and opens_with_quote(paragraph.text):
        found = _match(_SIGNED_QUOTE_END.search(paragraph.text))
    if found is None:
        return None
    name_end = paragraph.token_at(paragraph.start + found.start("name") + len(found.group("name").rstrip(".")) - 1)
    return Cue(paragraph, _dash_before(name_end), name_end) if name_end is not None else None


def signed_claims(cue: Cue, run: list[tuple[Paragraph, list[Quote], list[Candidate]]]) -> list[Candidate]:
    """Hand the quotations of ``run`` (paragraphs newest first, the signed one first if it holds
    quotes) to the signature's speaker; returns the claims that are new."""
    new = []
    for position, (paragraph, quotes, found) in enumerate(run[:MAX_SIGNED_PARAGRAPHS]):
        if position and (not opens_with_quote(paragraph.text) or any(c.cue is not None for c in found)):
            break
        for quote in quotes:
            if paragraph is cue.paragraph and quote.start >= paragraph.offset(cue.word):
                break  # a title quoted in the signature: — Jo Roe, author of "Rivers"
            signed = _signed(cue, paragraph, quote, found)
            found += signed
            new += signed
    return new


def _signed(cue: Cue, paragraph: Paragraph, quote: Quote, found: list[Candidate]) -> list[Candidate]:
    carried = next((c for c in found if c.overlaps(quote.start, quote.end)), None)
    if carried is not None:
        if carried.quote_type == DIRECT and carried.cue is None:
            carried.cue, carried.parent = cue, None
        return []
    if is_question(paragraph.text[quote.start - paragraph.start : quote.end - paragraph.start]):
        return []
    return [Candidate(paragraph, quote.start, quote.end, DIRECT, cue, priority=CLAUSE)]


def _match(found: re.Match | None) -> re.Match | None:
    description = (found.group("description") or "") if found else ""
    if found is None or len(description.split()) > _MAX_DESCRIPTION_WORDS:
        return None
    return found if not re.search(r"[.!?]\s", description) else None


def _dash_before(name: Token) -> Token:
    token = name
    while token.i > 0 and not token.is_punct:
        token = token.nbor(-1)
    return token

"""The article as parsed paragraphs, with every offset kept relative to the original text.

spaCy runs once per paragraph through ``nlp.pipe``. Work per character must not grow with the
input, so every piece handed to spaCy is bounded: paragraphs longer than ``MAX_CHUNK_CHARS``
(no news paragraph comes near it) are cut, preferably at a sentence end, and a run of more than
``MAX_RUN_CHARS`` characters without a space is cut into pieces of its own, because spaCy's
tokenizer splits punctuation off such a run in time quadratic in its length. A piece that is
mostly punctuation (more than ``MAX_TOKENS_PER_CHAR`` tokens a character, where news prose has
about 0.2) is not parsed at all: it holds no sentence, and it would cost spaCy several times
the work of prose of the same length. Both are reported as warnings.
"""
import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .names import mend_names

MAX_CHUNK_CHARS = 2_000
MAX_RUN_CHARS = 64
_LINE = re.compile(r"[^\n]+")
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")
MAX_TOKENS_PER_CHAR = 0.5
BATCH_CHARS = 50_000
_DENSITY_MIN_CHARS = 32  # "7 p.m." is dense and harmless
_ROUGH_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")
_HEADLINE_MAX_WORDS = 25
_CLOSING_MARKS = "\"'”’»)"
_SUBHEAD_MAX_WORDS = 10
_SUBHEAD_MARKS = "\"'“”‘’«» "
_NOT_TITLE_ENDS = ".!?,;:—–-"
# A wire dateline opening a paragraph: "LONDON (Reuters) - ", "CAIRO, Egypt — ", "Paris (AFP) – ".
# Left unparsed, the place would be read as the subject of the first verb.
_PLACE_DETAIL = r"(?:,[ \w.]{1,25})*"
_DATELINE = re.compile(r"(?:[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+)*" + _PLACE_DETAIL + r"(?: ?\([^()\n]{1,30}\))?"
                       r"|[A-Z][\w.'’]+(?: [A-Z][\w.'’]+)*" + _PLACE_DETAIL + r" ?\([^()\n]{1,30}\))"
                       r" ?[—–-]{1,2} (?=\S)")


@dataclass
class Paragraph:
    index: int
    start: int
    doc: Doc
    text: str = field(init=False, repr=False)
    token_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self):
        self.text = self.doc.text  # spaCy rebuilds Doc.text on every access
        self.token_starts = [token.idx for token in self.doc]

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def offset(self, token: Token) -> int:
        return self.start + token.idx

    def end_offset(self, token: Token) -> int:
        return self.start + token.idx + len(token.text)

    def token_at(self, offset: int) -> Token | None:
        """The token covering the absolute ``offset`` (or the nearest one before it)."""
        position = bisect.bisect_right(self.token_starts, offset - self.start) - 1
        return self.doc[position] if position >= 0 else None


def split_paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of every non-blank line, long ones cut into chunks."""
    for line in _LINE.finditer(text):
        if line.group().strip():
            dateline = _DATELINE.match(line.group())
            start = dateline.end() if dateline else 0
            for offset, piece in _without_long_runs(line.start() + start, line.group()[start:]):
                yield from _chunks(offset, piece)


def _without_long_runs(offset: int, text: str) -> Iterator[tuple[int, str]]:
    """The line with every over-long run cut out into pieces of ``MAX_RUN_CHARS``."""
    position = 0
    for run in _LONG_RUN.finditer(text):
        if text[position : run.start()].strip():
            yield offset + position, text[position : run.start()]
        for start in range(run.start(), run.end(), MAX_RUN_CHARS):
            yield offset + start, text[start : min(start + MAX_RUN_CHARS, run.end())]
        position = run.end()
    if text[position:].strip():
        yield offset + position, text[position:]


def _chunks(offset: int, text: str) -> Iterator[tuple[int, str]]:
    while len(text) > MAX_CHUNK_CHARS:
        cut = _cut_point(text)
        yield offset, text[:cut]
        offset, text = offset + cut, text[cut:]
    yield offset, text


def _cut_point(text: str) -> int:
    """Prefer a sentence end in the second half of the window, else any whitespace, else hard."""
    window = text[:MAX_CHUNK_CHARS]
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(window, MAX_CHUNK_CHARS // 2)]
    if sentence_ends:
        return sentence_ends[-1]
    space = max(window.rfind(" "), window.rfind("\t"))
    return space + 1 if space > 0 else MAX_CHUNK_CHARS


def is_headline(paragraph: Paragraph, paragraph_count: int) -> bool:
    """The article's first line when it is short, unpunctuated and followed by the body:
    a headline states no claim of its own ("Minister: 'We will win'", "..., police say")."""
    text = paragraph.text.strip().rstrip(_CLOSING_MARKS)
    return (paragraph.index == 0 and paragraph_count > 1 and len(text.split()) <= _HEADLINE_MAX_WORDS
            and not text.endswith((".", "!", "?", ":")))


def is_subhead(paragraph: Paragraph) -> bool:
    """A title-case line between sections ("What Happens Next", "'We Were Never Told'"): it
    claims nothing, and no quotation carries on across it."""
    bare = paragraph.text.strip().strip(_SUBHEAD_MARKS)
    words = bare.split()
    if paragraph.index == 0 or not words or len(words) > _SUBHEAD_MAX_WORDS or bare[-1] in _NOT_TITLE_ENDS:
        return False
    return words[0][0].isupper() and all(w[0].isupper() for w in words if len(w) > 3 and w[0].isalpha())


def parse(text: str, nlp) -> tuple[list[Paragraph], list[str]]:
    """The parsed paragraphs, and warnings about what was cut or left unparsed."""
    pieces, dense = [], 0
    for offset, piece in split_paragraphs(text):
        if _too_dense(piece):
            dense += len(piece)
        else:
            pieces.append((offset, piece))
    docs = (doc for batch in _batches(pieces) for doc in nlp.pipe(batch, batch_size=len(batch)))
    paragraphs = [Paragraph(index, offset, doc)
                  for index, ((offset, _), doc) in enumerate(zip(pieces, docs, strict=True))]
    for paragraph in paragraphs:
        mend_names(paragraph.doc)
    return paragraphs, _warnings(text, dense)


def _batches(pieces: list[tuple[int, str]]) -> Iterator[list[str]]:
    """Pieces grouped up to ``BATCH_CHARS``: spaCy holds a whole batch's activations at once."""
    batch, size = [], 0
    for _, piece in pieces:
        if batch and size + len(piece) > BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece)
    if batch:
        yield batch


def _too_dense(piece: str) -> bool:
    if len(piece) < _DENSITY_MIN_CHARS:
        return False
    return sum(1 for _ in _ROUGH_TOKEN.finditer(piece)) > MAX_TOKENS_PER_CHAR * len(piece)


def _warnings(text: str, dense_chars: int) -> list[str]:
    warnings = []
    runs = sum(1 for _ in _LONG_RUN.finditer(text))
    if runs:
        warnings.append(f"{runs} stretch(es) of more than {MAX_RUN_CHARS} characters without a space were "
                        "parsed in pieces; a claim running through one may be missed or cut.")
    if dense_chars:
        warnings.append(f"{dense_chars} characters that are mostly punctuation or quote marks were not parsed.")
    return warnings

"""The article as parsed paragraphs, with every offset kept relative to the original text.

spaCy runs once per paragraph through ``nlp.pipe``; paragraphs longer than
``MAX_CHUNK_CHARS`` are cut at whitespace so any text fits under ``nlp.max_length``.
"""
import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

MAX_CHUNK_CHARS = 20_000
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+")
_HEADLINE_MAX_WORDS = 25
_CLOSING_MARKS = "\"'”’»)"


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
            yield from _chunks(line.start(), line.group())


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


def parse(text: str, nlp) -> list[Paragraph]:
    pieces = list(split_paragraphs(text))
    docs = nlp.pipe(piece for _, piece in pieces)
    return [Paragraph(index, offset, doc) for index, ((offset, _), doc) in enumerate(zip(pieces, docs, strict=True))]

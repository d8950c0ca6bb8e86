"""Intermediate results: where a claim is and which words attribute it, before resolution."""
from dataclasses import dataclass

from spacy.tokens import Token

from .document import Paragraph
from .quotes import Quote

DIRECT, INDIRECT = "direct", "indirect"


@dataclass(eq=False)
class Cue:
    paragraph: Paragraph
    word: Token  # the reporting verb, or "according"
    subject: Token | None  # head of the phrase naming the speaker
    relay: Token | None = None  # an outlet passing the statement on: "according to X, quoting Y"


@dataclass(eq=False)
class Candidate:
    paragraph: Paragraph
    start: int
    end: int
    quote_type: str
    cue: Cue | None = None
    parent: "Candidate | None" = None  # an uncued quote continuing this earlier claim
    priority: int = 0  # lower wins when two candidates cover the same words

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def overlap_share(a: Candidate, b: Candidate) -> float:
    """Shared characters as a share of the shorter candidate."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared / max(1, min(a.end - a.start, b.end - b.start))


def inside_quotes(quotes: list[Quote], start: int, end: int) -> Quote | None:
    return next((quote for quote in quotes if quote.start <= start and end <= quote.end), None)

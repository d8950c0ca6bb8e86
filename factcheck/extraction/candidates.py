"""Intermediate results: where a claim is and which words attribute it, before resolution."""
import bisect
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
    """The quote (of a paragraph's, in order) holding the range [start, end)."""
    index = bisect.bisect_right(quotes, start, key=lambda quote: quote.start) - 1
    if index >= 0 and end <= quotes[index].end:
        return quotes[index]
    return None

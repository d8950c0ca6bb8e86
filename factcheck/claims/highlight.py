"""Cut an article into runs of text, each marked with the claim that covers it (if any)."""
from collections import defaultdict
from dataclasses import dataclass


@dataclass
class Run:
    text: str
    claim: object | None  # the shortest claim covering the run


def highlight_runs(body: str, claims: list) -> list[Run]:
    """One sweep over the claims' boundaries, so that long articles with many claims stay fast."""
    opening, closing = defaultdict(list), defaultdict(list)
    for claim in claims:
        opening[claim.start].append(claim)
        closing[claim.end].append(claim)
    cuts = sorted({0, len(body), *opening, *closing})
    active: set = set()
    runs = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        active.difference_update(closing[start])
        active.update(opening[start])
        claim = min(active, key=lambda c: (c.end - c.start, c.start), default=None)
        runs.append(Run(body[start:end], claim))
    return runs

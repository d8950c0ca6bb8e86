"""Cut an article into runs of text, each marked with the claim that covers it (if any)."""
from dataclasses import dataclass


@dataclass
class Run:
    text: str
    claim: object | None  # the shortest claim covering the run


def highlight_runs(body: str, claims: list) -> list[Run]:
    cuts = sorted({0, len(body), *(c.start for c in claims), *(c.end for c in claims)})
    runs = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [c for c in claims if c.start <= start and end <= c.end]
        claim = min(covering, key=lambda c: c.end - c.start, default=None)
        runs.append(Run(body[start:end], claim))
    return runs

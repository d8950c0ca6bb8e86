"""Article highlighting: runs cover the text exactly; overlapping claims show the shortest."""
from dataclasses import dataclass

from factcheck.claims.highlight import highlight_runs


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def test_runs_cover_the_text_and_pick_the_innermost_claim():
    body = "He said the plan “will work” and left."
    outer, inner = Span(8, 28), Span(17, 28)
    runs = highlight_runs(body, [outer, inner])
    assert "".join(run.text for run in runs) == body
    assert [(run.text, run.claim) for run in runs] == [
        ("He said ", None), ("the plan ", outer), ("“will work”", inner), (" and left.", None)]


def test_adjacent_and_empty():
    assert [r.text for r in highlight_runs("", [])] == []
    runs = highlight_runs("abcdef", [Span(0, 3), Span(3, 6)])
    assert [(r.text, r.claim) for r in runs] == [("abc", Span(0, 3)), ("def", Span(3, 6))]


def test_claim_context_is_its_paragraph_whatever_the_line_breaks():
    from factcheck.review.page import paragraph_around

    for br in ("\n\n", "\r\n\r\n", "\n \n"):
        body = f"First paragraph.{br}He said “yes” today.{br}Last one."
        start = body.index("“yes”")
        assert paragraph_around(body, start, start + 5) == ("He said ", "“yes”", " today.")

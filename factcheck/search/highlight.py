"""Found words marked in a text, with everything else escaped."""
from markupsafe import Markup, escape

from .folding import fold
from .query import WORD, Phrase, SearchQuery

ELLIPSIS = "…"


def marked(text: str, query: SearchQuery, width: int | None = None) -> Markup:
    """`text` as HTML, the stretches `query` matches in <mark>; cut to about `width` characters
    around the first match when it is longer."""
    spans = _match_spans(text, query)
    start, end = _window(text, spans, width)
    pieces, cursor = [ELLIPSIS] if start else [], start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start >= span_end:
            continue
        pieces += [escape(text[cursor:span_start]), Markup("<mark>"), escape(text[span_start:span_end]),
                   Markup("</mark>")]
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    if end < len(text):
        pieces.append(ELLIPSIS)
    return Markup("").join(pieces)


def _match_spans(text: str, query: SearchQuery) -> list[tuple[int, int]]:
    words = list(WORD.finditer(text))
    lowered = [fold(word.group()).lower() for word in words]
    spans = [(words[i].start(), words[i + len(phrase.words) - 1].end())
             for phrase in query.phrases for i in range(len(words) - len(phrase.words) + 1)
             if _matches_at(lowered, i, phrase)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _matches_at(lowered: list[str], i: int, phrase: Phrase) -> bool:
    *whole, last = phrase.words
    found = lowered[i + len(whole)]
    return (lowered[i:i + len(whole)] == list(whole)
            and (found.startswith(last) if phrase.prefix else found == last))


def _window(text: str, spans: list[tuple[int, int]], width: int | None) -> tuple[int, int]:
    if width is None or len(text) <= width:
        return 0, len(text)
    start = max(0, spans[0][0] - width // 4) if spans else 0
    if start:  # begin and end at a space, not inside a word
        start = text.find(" ", start) + 1 or start
    end = start + width
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return start, min(len(text), end)

"""Guess an article's title, outlet, author and date from its leading lines."""
import re
import textwrap
from dataclasses import dataclass
from datetime import date

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_NAMES = [m.title() for m in MONTHS] + ["Sept"] + [m[:3].title() for m in MONTHS]
MONTH = r"(?P<month>" + "|".join(MONTH_NAMES) + r")\.?"
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
DATE_PATTERNS = [
    re.compile(rf"\b{WEEKDAY}{MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"\b{WEEKDAY}(?P<day>\d{{1,2}})\s+{MONTH},?\s+(?P<year>\d{{4}})\b"),
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
]
BYLINE = re.compile(r"^\s*by\s+(?P<author>[^\d,;|]{3,80}?)\s*(?:[,;|].*)?$", re.IGNORECASE)
HEADER_LINES = 8
LONG_LINE = 200
TITLE_LENGTH = 100
# What may sit beside a date on a dateline: labels and separators, then perhaps the writer's name.
DATELINE_LABEL = re.compile(r"^(?:date|dated|published|posted|updated|on|by)\b\W*", re.IGNORECASE)
NAME_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.)$")
SEPARATORS = " \t|,;:·•–—-"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"'‘])")


@dataclass
class ArticleMetadata:
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published_on: date | None = None


def find_date(line: str) -> date | None:
    for pattern in DATE_PATTERNS:
        match = pattern.search(line)
        if match is None:
            continue
        month = match["month"]
        month_number = int(month) if month.isdigit() else MONTHS.index(_full_month(month)) + 1
        try:
            return date(int(match["year"]), month_number, int(match["day"]))
        except ValueError:
            continue
    return None


def _full_month(name: str) -> str:
    name = name.lower().rstrip(".")
    return next(month for month in MONTHS if month.startswith(name))


def leading_lines(text: str) -> list[str]:
    """The short lines before the first long paragraph: where titles and datelines sit."""
    lines = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if len(line) > LONG_LINE or len(lines) >= HEADER_LINES:
            break
        lines.append(line.strip())
    return lines


def guess_metadata(text: str) -> ArticleMetadata:
    found = ArticleMetadata()
    for line in leading_lines(text):
        if found.published_on is None and (day := find_date(line)):
            found.published_on = day
            found.author = found.author or name_beside_date(line)
        elif found.author is None and (byline := BYLINE.match(line)):
            found.author = byline["author"].strip()
        elif found.outlet is None and _looks_like_masthead(line):
            found.outlet = line
        elif found.title is None and not line.endswith((".", ":")) and find_date(line) is None:
            found.title = line
    return found


def _looks_like_masthead(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(line.split()) <= 4 and len(letters) >= 2 and all(ch.isupper() for ch in letters)


def name_beside_date(line: str) -> str | None:
    """The writer's name after a date on a line of its own: "date 2022-01-01 Jane Roe", "2 June 2026 | Jane Roe"."""
    match = next((m for pattern in DATE_PATTERNS if (m := pattern.search(line))), None)
    if match is None or strip_labels(line[:match.start()]):
        return None
    words = strip_labels(line[match.end():]).split()
    if 2 <= len(words) <= 4 and all(NAME_WORD.match(word) for word in words):
        return " ".join(words)
    return None


def strip_labels(text: str) -> str:
    text = text.strip(SEPARATORS)
    while (label := DATELINE_LABEL.match(text)) and label.end():
        text = text[label.end():].strip(SEPARATORS)
    return text


def lead_title(text: str) -> str:
    """A title for a text without a headline: the start of its first sentence after the header lines."""
    for line in text.splitlines():
        line = line.strip()
        if not line or (len(line) <= LONG_LINE and is_header_line(line)):
            continue
        return textwrap.shorten(SENTENCE_END.split(line, 1)[0], TITLE_LENGTH, placeholder="…")
    return textwrap.shorten(text, TITLE_LENGTH, placeholder="…")


def is_header_line(line: str) -> bool:
    return bool(find_date(line) or BYLINE.match(line) or _looks_like_masthead(line))

"""Guess an article's title, outlet, author and date from its leading lines."""
import re
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

"""Dates: the article's own, and when a statement was made, resolved against it."""
import datetime as dt
import re

MONTHS = {name: number for number, name in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({name[:3]: number for name, number in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {name: number for number, name in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{4}))?", re.I)
_DAY_MONTH = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?", re.I)
_MONTH_ONLY = re.compile(r"\b" + _MONTH + r"(?:\s+(?P<year>\d{4}))?\b", re.I)
_WEEKDAY = re.compile(r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I)
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                  "yesterday": -1, "the day before yesterday": -2}
_CHAINED_DAYS = {"the following day": 1, "the next day": 1, "a day later": 1, "the day after": 1,
                 "the previous day": -1, "the day before": -1, "a day earlier": -1}
_LEADING_LINES = 6


def detect_article_date(text: str) -> dt.date | None:
    """A dateline in the article's first lines: "Saturday, January 1, 2022", "1 January 2022", ISO."""
    lines = [line for line in text.splitlines() if line.strip()][:_LEADING_LINES]
    for line in lines:
        for pattern in (_ISO, _MONTH_DAY, _DAY_MONTH):
            for match in pattern.finditer(line):
                if match.group("year"):
                    date = _make_date(int(match.group("year")), match.group("month"), match.group("day"))
                    if date is not None:
                        return date
    return None


def resolve(expression: str, article_date: dt.date | None, previous: str | None = None) -> str | None:
    """An ISO date ("2021-12-30") or month ("2021-09") for a temporal expression, or None."""
    lowered = " ".join(expression.lower().split())
    return resolve_relative(lowered, article_date, previous) or _absolute(lowered, article_date)


def resolve_relative(expression: str, article_date: dt.date | None, previous: str | None = None) -> str | None:
    """Only days counted from the article or the previous statement: "yesterday", "the next day"."""
    lowered = " ".join(expression.lower().split())
    for phrase, days in _CHAINED_DAYS.items():
        if phrase in lowered:
            return _shift(previous, days)
    for phrase, days in _RELATIVE_DAYS.items():
        if re.search(rf"\b{phrase}\b", lowered) and article_date is not None:
            return (article_date + dt.timedelta(days=days)).isoformat()
    return None


def _absolute(lowered: str, article_date: dt.date | None) -> str | None:
    match = _ISO.search(lowered)
    if match:
        date = _make_date(int(match.group("year")), match.group("month"), match.group("day"))
        return date.isoformat() if date else None
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.search(lowered)
        if match:
            return _day_in_context(match, article_date)
    match = _MONTH_ONLY.search(lowered)
    if match and (match.group("year") or article_date is not None):
        month = MONTHS[match.group("month")]
        year = int(match.group("year")) if match.group("year") else _year_before(article_date, month, 1)
        return f"{year:04d}-{month:02d}"
    match = _WEEKDAY.search(lowered)
    if match and article_date is not None:
        return _last_weekday(article_date, WEEKDAYS[match.group("weekday")]).isoformat()
    return None


def _day_in_context(match: re.Match, article_date: dt.date | None) -> str | None:
    month, day = MONTHS[match.group("month").lower()], int(match.group("day"))
    if match.group("year"):
        year = int(match.group("year"))
    elif article_date is not None:
        year = _year_before(article_date, month, day)
    else:
        return None
    date = _make_date(year, str(month), str(day))
    return date.isoformat() if date else None


def _year_before(article_date: dt.date, month: int, day: int) -> int:
    """Undated days and months are the latest ones not after the article."""
    return article_date.year if (month, day) <= (article_date.month, article_date.day) else article_date.year - 1


def _last_weekday(article_date: dt.date, weekday: int) -> dt.date:
    """"On Tuesday" is the latest Tuesday before the article's date (the day itself if it is one)."""
    return article_date - dt.timedelta(days=(article_date.weekday() - weekday) % 7)


def _shift(previous: str | None, days: int) -> str | None:
    if previous is None or len(previous) != 10:
        return None
    return (dt.date.fromisoformat(previous) + dt.timedelta(days=days)).isoformat()


def _make_date(year: int, month: str, day: str) -> dt.date | None:
    month_number = int(month) if month.isdigit() else MONTHS.get(month.lower())
    try:
        return dt.date(year, month_number, int(day))
    except (TypeError, ValueError):
        return None

"""Validators shared by forms."""
import re
from urllib.parse import urlsplit

from werkzeug.exceptions import BadRequest
from wtforms.validators import ValidationError

ALLOWED_SCHEMES = {"http", "https"}
# Ids are 32-bit integer columns: a larger number in a URL or form can name nothing.
MAX_ID = 2**31 - 1
# Browsers drop control characters and read a backslash as a slash: "/\\evil" means "//evil".
UNSAFE_IN_PATH = re.compile(r"[\x00-\x1f\\]")


def is_web_url(value: str) -> bool:
    try:
        parts = urlsplit(value.strip())
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        return False
    host = parts.hostname or ""
    return parts.scheme.lower() in ALLOWED_SCHEMES and "." in host.strip(".") and port_ok and " " not in value.strip()


def web_url(form, field) -> None:
    """A WTForms validator: an http(s) address with a host name, nothing else."""
    if field.data and not is_web_url(field.data):
        raise ValidationError("Enter a web address starting with http:// or https://.")


def local_target(target: str | None, default: str) -> str:
    """`target` if it is a path on this site (for redirects to a `next` or `back`), else `default`."""
    if not target or not target.startswith("/") or target.startswith("//") or UNSAFE_IN_PATH.search(target):
        return default
    try:
        return default if urlsplit(target).netloc else target
    except ValueError:
        return default


def record_id(value) -> int:
    """`coerce` for fields that choose a record: a number beyond any id is not a choice (ValueError)."""
    number = int(value)
    if not 0 <= number <= MAX_ID:
        raise ValueError(f"{value} is not the number of a record")
    return number


def parse_id(raw: str | None, name: str) -> int | None:
    """A record id typed into a form or query (None when blank); anything else is a 400."""
    if not (raw or "").strip():
        return None
    if not raw.strip().isdecimal() or int(raw) > MAX_ID:
        raise BadRequest(f"“{name}” must be the number of a record.")
    return int(raw)


def fit_column(column, text: str) -> str:
    """Text found in an uploaded file, made storable in `column`: no NUL, no more than it holds."""
    return " ".join(text.replace("\x00", " ").split())[: column.type.length]

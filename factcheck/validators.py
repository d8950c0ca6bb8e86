"""Validators shared by forms."""
from urllib.parse import urlsplit

from wtforms.validators import ValidationError

ALLOWED_SCHEMES = {"http", "https"}


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

"""Writing audit events: one call per state change, inside the caller's transaction."""
from typing import Any

from ..accounts.models import User
from ..extensions import db
from .models import Event


def record(actor: User | None, action: str, **fields: Any) -> Event:
    details = fields.pop("details", None) or {}
    event = Event(actor=actor, action=action, details=details, **fields)
    db.session.add(event)
    return event

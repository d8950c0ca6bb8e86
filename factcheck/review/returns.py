"""Why a claim came back to its reviewer: the editor's latest "return" and its comment."""
import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from ..audit.models import Event
from ..extensions import db


def latest_returns(claim_ids: list[int]) -> dict[int, Event]:
    """Per claim, the newest audit event that returned it (its details hold the comment)."""
    if not claim_ids:
        return {}
    events = db.session.scalars(sa.select(Event).where(Event.action == "return", Event.claim_id.in_(claim_ids))
                                .options(joinedload(Event.actor)).order_by(Event.id.desc()))
    latest: dict[int, Event] = {}
    for event in events:
        latest.setdefault(event.claim_id, event)
    return latest

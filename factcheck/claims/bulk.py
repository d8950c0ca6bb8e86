"""Bulk actions on the queue: each claim goes through the workflow on its own.

Every claim is checked by the same rules as its own page and committed alone, so the allowed
ones are kept and each refusal is reported with its reason. A claim changed by someone else
meanwhile loses the race (optimistic locking) and is reported, not overwritten.
"""
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm.exc import StaleDataError

from ..accounts.models import User
from ..errors import Refused
from ..extensions import db
from ..review.services import MAX_NOTE, TransitionInput, take_transition
from ..review.workflow import BY_NAME
from .models import Claim
from .queue import QueueFilter

ACTIONS = ("take", "assign", "dismiss", "approve")
# "All matching the filter" acts on at most this many claims at once.
MAX_CLAIMS = 1000
RACE_LOST = "Someone else changed this claim at the same moment; it was left as they saved it."


@dataclass
class BulkResult:
    done: list[int] = field(default_factory=list)
    refused: dict[str, list[int]] = field(default_factory=dict)  # reason -> claim ids

    def refuse(self, claim_id: int, reason: str) -> None:
        self.refused.setdefault(reason, []).append(claim_id)


def check_request(action: str, actor: User, data: TransitionInput) -> None:
    """Refuse at once what no claim could pass: an unknown action, a role too low, a missing input."""
    if action not in ACTIONS:
        raise Refused("Choose an action: take, assign, dismiss or approve.", 400)
    transition = BY_NAME[action]
    if not actor.has_role(transition.role):
        raise Refused(f"“{transition.label}” is for the {transition.role} role and above.", 403)
    if "assignee" in transition.needs and data.assignee is None:
        raise Refused("Choose whom to assign the claims to.", 422)
    if "reason" in transition.needs and not data.reason.strip():
        raise Refused("Write a reason for dismissing the claims.", 422)
    if len(data.reason) > MAX_NOTE:
        raise Refused(f"The reason is {len(data.reason):,} characters long; at most {MAX_NOTE:,} are kept.", 422)


def matching_ids(filters: QueueFilter) -> list[int]:
    ids = db.session.scalars(filters.ids_query().limit(MAX_CLAIMS + 1)).all()
    if len(ids) > MAX_CLAIMS:
        raise Refused(f"More than {MAX_CLAIMS} claims match; narrow the filter first.", 422)
    return ids


def apply_to_each(action: str, claim_ids: list[int], actor: User, data: TransitionInput) -> BulkResult:
    """Take `action` on every claim; commits each allowed one, collects each refusal."""
    result = BulkResult()
    for claim_id in claim_ids:
        claim = db.session.get(Claim, claim_id)
        if claim is None:
            result.refuse(claim_id, "No such claim.")
            continue
        try:
            take_transition(action, claim, actor, data)
            db.session.commit()
            result.done.append(claim_id)
        except Refused as refusal:
            db.session.rollback()
            result.refuse(claim_id, refusal.message)
        except (StaleDataError, sa.exc.IntegrityError):
            db.session.rollback()
            result.refuse(claim_id, RACE_LOST)
    return result


DONE = {"take": "Taken", "assign": "Assigned", "dismiss": "Dismissed", "approve": "Approved"}


def done_message(action: str, result: BulkResult) -> str:
    count = len(result.done)
    return f"{DONE[action]}: {count} claim{'s' if count != 1 else ''}."


def refusal_lines(result: BulkResult) -> list[str]:
    """One line per reason: "Not done for claims 4, 9: <why>"."""
    return [f"Not done for claim{'s' if len(ids) > 1 else ''} {', '.join(map(str, ids))}: {reason}"
            for reason, ids in result.refused.items()]

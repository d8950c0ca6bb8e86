"""After finishing a claim (Submit, Approve), go on to the next one in that person's work, or home."""
from flask import url_for

from ..accounts.models import User
from ..claims.models import Claim
from ..review.workflow import Transition
from .work import assigned_to, awaiting_approval_by, first_claim_id, returned_to

NEXT_WORK = {
    "submit": lambda user: (returned_to(user), assigned_to(user)),
    "approve": lambda user: (awaiting_approval_by(user),),
}


def moving_on(taken: Transition, claim: Claim, user: User) -> tuple[str, str | None]:
    """The message saying what was saved, and where to go (None: stay on the claim)."""
    done = f"{taken.label}: done."
    if taken.name not in NEXT_WORK:
        return done, None
    next_id = first_claim_id(*NEXT_WORK[taken.name](user))
    if next_id is None:
        return f"{done} Claim {claim.id} is saved, and nothing else is waiting for you.", url_for("home")
    return f"{done} Claim {claim.id} is saved; here is your next claim.", url_for("review.claim", claim_id=next_id)

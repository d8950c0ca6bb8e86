"""Taking a workflow transition: check it, change the state, write one audit event.

The caller (the request) commits once; any refusal raises before anything is flushed.
"""
from dataclasses import dataclass

import sqlalchemy as sa

from ..accounts.models import User
from ..audit.services import record
from ..claims.models import Claim
from ..errors import Refused, check_version
from ..extensions import db
from ..modeltypes import utcnow
from .models import Comment, Decision, Source, Verdict
from .publications import publish
from .workflow import BY_NAME, STATUS_LABELS, TRANSITIONS, Transition

MAX_NOTE = 10_000  # characters of a transition's comment or reason


@dataclass
class TransitionInput:
    expected_version: int | None = None
    assignee: User | None = None
    comment: str = ""
    reason: str = ""


def latest_verdict(claim: Claim, *decisions: Decision) -> Verdict | None:
    query = sa.select(Verdict).where(Verdict.claim_id == claim.id)
    if decisions:
        query = query.where(Verdict.decision.in_(decisions))
    return db.session.scalar(query.order_by(Verdict.id.desc()).limit(1))


def published_verdict(claim: Claim) -> Verdict | None:
    return db.session.scalar(sa.select(Verdict).where(Verdict.claim_id == claim.id, Verdict.published))


def who_refusal(transition: Transition, claim: Claim, actor: User) -> str | None:
    if transition.who == "assignee" and claim.assignee_id != actor.id:
        return "Only the reviewer assigned to this claim may do that."
    if transition.who == "not_verdict_author":
        verdict = latest_verdict(claim, Decision.SUBMITTED)
        if verdict is not None and verdict.reviewer_id == actor.id:
            return "You wrote this verdict; another editor has to approve or return it."
    return None


def refusal(transition: Transition, claim: Claim, actor: User) -> Refused | None:
    """Why `actor` may not take `transition` now (403 for who they are, 409 for the claim's state)."""
    if not actor.has_role(transition.role):
        return Refused(f"“{transition.label}” is for the {transition.role} role and above.", 403)
    if claim.status not in transition.sources:
        return Refused(f"“{transition.label}” is not possible while the claim is "
                       f"{STATUS_LABELS[claim.status].lower()}.", 409)
    if message := who_refusal(transition, claim, actor):
        return Refused(message, 403)
    return None


def available_transitions(claim: Claim, actor: User) -> list[Transition]:
    """The transitions whose buttons `actor` sees on this claim."""
    return [t for t in TRANSITIONS if refusal(t, claim, actor) is None]


def missing_requirement(transition: Transition, claim: Claim, data: TransitionInput) -> str | None:
    for need in transition.needs:
        if need == "assignee" and (data.assignee is None or not data.assignee.active):
            return "Choose an active user to assign the claim to."
        if need == "assignee" and data.assignee.id == claim.assignee_id:
            return f"The claim is already assigned to {data.assignee.display_name}."
        if need in ("comment", "reason") and not getattr(data, need).strip():
            return f"Write a {need} first."
        if need == "complete_verdict" and (problem := verdict_problem(claim)):
            return problem
    return None


def verdict_problem(claim: Claim) -> str | None:
    has_source = db.session.scalar(sa.select(sa.func.count(Source.id)).where(Source.claim_id == claim.id))
    draft = latest_verdict(claim, Decision.DRAFT)
    if not has_source:
        return "Add at least one source before submitting."
    if draft is None or not (draft.attribution and draft.veracity and (draft.summary or "").strip()):
        return "Give both ratings and a summary before submitting."
    return None


def take_transition(name: str, claim: Claim, actor: User, data: TransitionInput) -> Transition:
    transition = BY_NAME.get(name)
    if transition is None:
        raise Refused(f"There is no action called “{name}”.", 404)
    if problem := refusal(transition, claim, actor):
        raise problem
    check_version(claim, data.expected_version)
    if message := missing_requirement(transition, claim, data):
        raise Refused(message, 409)
    from_status = claim.status
    details = EFFECTS[name](claim, actor, data) or {}
    if transition.target is not None:
        claim.status = transition.target
    record(actor, name, claim_id=claim.id, article_id=claim.article_id, from_status=from_status,
           to_status=claim.status, details=details)
    db.session.flush()
    return transition


def _take(claim, actor, data):
    claim.assignee = actor
    return {"assignee": actor.email, "assignee_name": actor.display_name}


def _assign(claim, actor, data):
    claim.assignee = data.assignee
    return {"assignee": data.assignee.email, "assignee_name": data.assignee.display_name}


def _submit(claim, actor, data):
    verdict = verdict_or_conflict(latest_verdict(claim, Decision.DRAFT))
    verdict.decision = Decision.SUBMITTED
    verdict.submitted_at = utcnow()
    return {"verdict": verdict.id}


def verdict_or_conflict(verdict: Verdict | None) -> Verdict:
    """The loser of a race (two editors at once) finds no verdict left to decide: a conflict."""
    if verdict is None:
        raise Refused("Someone else acted on this claim at the same moment; nothing of yours was "
                      "saved. Reload the page to see what changed.", 409)
    return verdict


def _approve(claim, actor, data):
    verdict = verdict_or_conflict(latest_verdict(claim, Decision.SUBMITTED))
    if previous := published_verdict(claim):
        previous.published = False
        db.session.flush()  # one published verdict per claim, enforced by a unique index
    verdict.decision, verdict.editor, verdict.decided_at = Decision.APPROVED, actor, utcnow()
    verdict.published = True
    publication = publish(claim, verdict, actor)
    return {"verdict": verdict.id, "replaces": previous.id if previous else None, "publication": publication.id}


def _return(claim, actor, data):
    verdict = verdict_or_conflict(latest_verdict(claim, Decision.SUBMITTED))
    verdict.decision, verdict.editor, verdict.decided_at = Decision.RETURNED, actor, utcnow()
    db.session.add(Comment(claim=claim, author=actor, body=data.comment.strip()))
    return {"verdict": verdict.id, "comment": data.comment.strip()}


def _dismiss(claim, actor, data):
    return {"reason": data.reason.strip()}


def _restore(claim, actor, data):
    claim.assignee = None


def _reopen(claim, actor, data):
    """Keep the published verdict; start its correction as a new draft carrying the reason."""
    old = verdict_or_conflict(published_verdict(claim))
    db.session.add(Verdict(
        claim=claim, reviewer_id=claim.assignee_id, attribution=old.attribution, veracity=old.veracity,
        summary=old.summary, rationale=old.rationale, correction_note=data.reason.strip()))
    return {"reason": data.reason.strip(), "verdict": old.id}


EFFECTS = {
    "take": _take, "assign": _assign, "reassign": _assign, "submit": _submit, "approve": _approve,
    "return": _return, "dismiss": _dismiss, "restore": _restore, "reopen": _reopen,
}
assert set(EFFECTS) == set(BY_NAME), "every transition in the table has an effect"

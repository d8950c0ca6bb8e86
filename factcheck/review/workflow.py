"""The claim workflow: one declarative table read by the pages, the permission checks and the API.

Each row says from which statuses a transition starts, where it leads, the lowest role that may
take it, who among those (anyone, the assignee, an editor who did not write the verdict) and
what it needs (an assignee, a complete verdict, a comment, a reason).
"""
from dataclasses import dataclass

from ..accounts.models import Role
from ..claims.models import ClaimStatus as S


@dataclass(frozen=True)
class Transition:
    name: str
    label: str
    sources: frozenset[S]
    target: S | None  # None: the status stays (reassigning)
    role: Role
    who: str = "anyone"  # "anyone" | "assignee" | "not_verdict_author"
    needs: tuple[str, ...] = ()  # of "assignee", "complete_verdict", "comment", "reason"


TRANSITIONS: tuple[Transition, ...] = (
    Transition("take", "Take this claim", frozenset({S.NEW}), S.IN_REVIEW, Role.REVIEWER),
    Transition("assign", "Assign", frozenset({S.NEW}), S.IN_REVIEW, Role.EDITOR, needs=("assignee",)),
    Transition("reassign", "Reassign", frozenset({S.IN_REVIEW, S.CHANGES_REQUESTED}), None,
               Role.EDITOR, needs=("assignee",)),
    Transition("submit", "Submit for approval", frozenset({S.IN_REVIEW, S.CHANGES_REQUESTED}),
               S.AWAITING_APPROVAL, Role.REVIEWER, who="assignee", needs=("complete_verdict",)),
    Transition("approve", "Approve and publish", frozenset({S.AWAITING_APPROVAL}), S.APPROVED,
               Role.EDITOR, who="not_verdict_author"),
    Transition("return", "Return with a comment", frozenset({S.AWAITING_APPROVAL}),
               S.CHANGES_REQUESTED, Role.EDITOR, who="not_verdict_author", needs=("comment",)),
    Transition("dismiss", "Dismiss", frozenset({S.NEW, S.IN_REVIEW, S.CHANGES_REQUESTED}),
               S.DISMISSED, Role.EDITOR, needs=("reason",)),
    Transition("restore", "Restore", frozenset({S.DISMISSED}), S.NEW, Role.EDITOR),
    Transition("reopen", "Reopen for correction", frozenset({S.APPROVED}), S.IN_REVIEW,
               Role.EDITOR, needs=("reason",)),
)
BY_NAME = {transition.name: transition for transition in TRANSITIONS}

STATUS_LABELS = {
    S.NEW: "New", S.IN_REVIEW: "In review", S.CHANGES_REQUESTED: "Changes requested",
    S.AWAITING_APPROVAL: "Awaiting approval", S.APPROVED: "Approved", S.DISMISSED: "Dismissed",
}

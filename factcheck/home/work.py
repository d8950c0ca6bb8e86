"""Each person's work, as queries: what they must do next, in the order they should do it.

The home page shows the first rows of each; "next claim" after Submit or Approve is the first one.
"""
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from ..accounts.models import User
from ..claims.models import Claim, ClaimStatus as S
from ..extensions import db


@dataclass(frozen=True)
class Work:
    conditions: tuple
    order: tuple


def returned_to(user: User) -> Work:
    """Claims an editor sent back to `user`: the most recently returned first."""
    return Work((Claim.assignee_id == user.id, Claim.status == S.CHANGES_REQUESTED),
                (Claim.updated_at.desc(), Claim.id.desc()))


def assigned_to(user: User) -> Work:
    """Claims `user` is reviewing: the longest held first."""
    return Work((Claim.assignee_id == user.id, Claim.status == S.IN_REVIEW), (Claim.id.asc(),))


ACTIVE = (S.IN_REVIEW, S.CHANGES_REQUESTED)


def to_take(user: User) -> tuple[Work, Work]:
    """New claims: those in articles `user` is working on now first (the text is fresh in their
    mind), then the rest; the longest waiting first in each. Only for someone with claims in hand:
    for anyone else every new claim would be checked against their (empty) work."""
    mine = aliased(Claim)
    # correlated, so that new claims are read in id order and the first few found end the search
    in_my_articles = sa.exists().where(mine.assignee_id == user.id, mine.status.in_(ACTIVE),
                                       mine.article_id == Claim.article_id)
    return (Work((Claim.status == S.NEW, in_my_articles), (Claim.id.asc(),)),
            Work((Claim.status == S.NEW, ~in_my_articles), (Claim.id.asc(),)))


def awaiting_approval_by(user: User) -> Work:
    """Submitted verdicts `user` may approve (not their own): the longest waiting first."""
    return Work((Claim.status == S.AWAITING_APPROVAL, Claim.assignee_id != user.id),
                (Claim.updated_at.asc(), Claim.id.asc()))


def unassigned() -> Work:
    return Work((Claim.status == S.NEW,), (Claim.id.asc(),))


def how_many(work: Work):
    """A scalar subquery counting the claims of `work`, to count several pieces of work in one statement."""
    return sa.select(sa.func.count()).select_from(Claim).where(*work.conditions).scalar_subquery()


def first_claim_id(*works: Work) -> int | None:
    """The first claim of the first piece of work that has one."""
    for work in works:
        found = db.session.scalar(sa.select(Claim.id).where(*work.conditions).order_by(*work.order).limit(1))
        if found is not None:
            return found
    return None

"""The sections of each role's home: a count, the first rows, and a link to all of them."""
from dataclasses import dataclass, field
from datetime import timedelta

import sqlalchemy as sa
from flask import url_for
from sqlalchemy.orm import joinedload

from ..accounts.models import Role, User
from ..articles.models import Article, ArticleStatus
from ..claims.models import Claim
from ..extensions import db
from ..modeltypes import utcnow
from ..review.models import Publication
from ..review.returns import latest_returns
from . import health
from .work import Work, assigned_to, awaiting_approval_by, how_many, returned_to, to_take, unassigned

ROWS = 8
IN_HAND = {"returned", "assigned"}  # the sections of claims a reviewer holds
PUBLISHED_DAYS = 7
CLAIM_LOADS = (joinedload(Claim.speaker), joinedload(Claim.article).load_only(Article.id, Article.title))


@dataclass
class Section:
    key: str
    title: str
    count: int
    rows: list
    more_url: str
    kind: str = "claims"  # which partial shows the rows: templates/home/_<kind>.html
    note: str = ""
    extra: dict = field(default_factory=dict)
    works: tuple[Work, ...] = ()  # for a list of claims, the work it shows, in order
    counted: Work | None = None  # and all of that work as one, to count (counted with every other section)
    idle_works: tuple[Work, ...] | None = None  # shown instead when the user has no claim in hand


def first_rows(query: sa.Select) -> tuple[int, list]:
    """How many rows `query` has in all, and the first ROWS of them: one statement."""
    rows = db.session.execute(query.add_columns(sa.func.count().over()).limit(ROWS)).all()
    return (rows[0][1] if rows else 0), [row[0] for row in rows]


def claims_section(key: str, title: str, works: tuple[Work, ...], more_url: str, note: str = "",
                   counted: Work | None = None, idle_works: tuple[Work, ...] | None = None) -> Section:
    """A list of claims: counted, then its first rows loaded, with every other section (fill_claims)."""
    return Section(key, title, 0, [], more_url, note=note, works=works, counted=counted or works[0],
                   idle_works=idle_works)


def fill_claims(sections: list[Section]) -> None:
    """Every claims section's count, in one statement of indexed counts (a window count over the rows
    would read every matching row to show eight); then the first rows of those that have any."""
    counted = [section for section in sections if section.counted]
    if not counted:
        return
    counts = db.session.execute(sa.select(*(how_many(section.counted) for section in counted))).one()
    for section, count in zip(counted, counts, strict=True):
        section.count = count
    in_hand = any(section.count for section in counted if section.key in IN_HAND)
    for section in counted:
        works = section.works if in_hand or section.idle_works is None else section.idle_works
        section.rows = first_claims(works) if section.count else []
        if section.key == "returned":
            section.extra["returns"] = latest_returns([claim.id for claim in section.rows])


def first_claims(works: tuple[Work, ...]) -> list[Claim]:
    rows = []
    for work in works:
        if len(rows) < ROWS:
            rows += db.session.scalars(sa.select(Claim).where(*work.conditions).options(*CLAIM_LOADS)
                                       .order_by(*work.order).limit(ROWS - len(rows))).all()
    return rows


def queue_url(**args) -> str:
    return url_for("claims.queue", **args)


def reviewer_sections(user: User) -> list[Section]:
    return [
        claims_section("returned", "Returned to you", (returned_to(user),),
                       queue_url(assignee=user.id, status="changes_requested"), "Most recently returned first."),
        claims_section("assigned", "Assigned to you", (assigned_to(user),),
                       queue_url(assignee=user.id, status="in_review", sort="oldest"), "Longest held first."),
        claims_section("take", "Claims you can take", to_take(user), queue_url(status="new", sort="oldest"),
                       "Claims in articles you are already working on first, then the longest waiting.",
                       counted=unassigned(), idle_works=(unassigned(),)),
    ]


def editor_sections(user: User) -> list[Section]:
    return [
        claims_section("approve", "Awaiting your approval", (awaiting_approval_by(user),),
                       queue_url(status="awaiting_approval", sort="oldest"), "Longest waiting first."),
        claims_section("unassigned", "Unassigned", (unassigned(),), queue_url(status="new", sort="oldest"),
                       "Longest waiting first."),
        published_section(),
        failures_section(),
    ]


def published_section() -> Section:
    recent = Publication.published_at >= utcnow() - timedelta(days=PUBLISHED_DAYS)
    count, rows = first_rows(sa.select(Publication).where(recent)
                             .order_by(Publication.published_at.desc(), Publication.id.desc()))
    return Section("published", f"Published in the last {PUBLISHED_DAYS} days", count, rows,
                   queue_url(status="approved"), kind="publications", note="Newest first.")


def failures_section() -> Section:
    failed = (Article.status == ArticleStatus.FAILED, Article.archived_at.is_(None))
    count, rows = first_rows(sa.select(Article).where(*failed).options(
        sa.orm.load_only(Article.id, Article.title, Article.status_reason, Article.imported_at))
        .order_by(Article.imported_at.desc(), Article.id.desc()))
    return Section("failures", "Extraction failures", count, rows, url_for("articles.index", status="failed"),
                   kind="articles", note="Newest first.")


def admin_sections() -> list[Section]:
    active = sa.func.coalesce(sa.func.sum(sa.case((User.active, 1), else_=0)).over(), 0)
    found = db.session.execute(sa.select(User, active).order_by(User.created_at.desc(), User.id.desc())
                               .limit(ROWS)).all()
    count, rows = (found[0][1] if found else 0), [user for user, _ in found]  # the newest, active or not
    backlog = health.check()
    return [
        Section("users", "Active users", count, rows, url_for("admin.users"), kind="users", note="Newest first."),
        Section("health", "Jobs waiting in the queue", backlog.jobs_waiting or 0, [],
                url_for("articles.index", status="queued"),
                kind="health", extra={"health": backlog}),
    ]


def sections_for(user: User) -> list[tuple[str, list[Section]]]:
    """The sections of every role the user holds (roles nest: an admin is an editor too), by role."""
    groups = []
    if user.has_role(Role.ADMIN):
        groups.append(("Administration", admin_sections()))
    if user.has_role(Role.EDITOR):
        groups.append(("Editing", editor_sections(user)))
    groups.append(("Reviewing", reviewer_sections(user)))
    fill_claims([section for _, sections in groups for section in sections])
    return groups

"""System health for the admin's home: is the database answering, how much work is queued."""
import time
from dataclasses import dataclass

import sqlalchemy as sa

from ..articles.models import Article, ArticleStatus
from ..extensions import db
from ..jobs.queue import jobs


@dataclass
class Health:
    database: str  # "reachable" or the error
    database_ms: float | None
    jobs_waiting: int | None  # None: the queue could not be read
    queue_problem: str | None
    articles_waiting: dict[str, int]


def check() -> Health:
    """The queue's backlog, and the articles waiting for extraction: that query tells whether, and
    how fast, the database answers."""
    waiting, problem = queue_backlog()
    started = time.perf_counter()
    try:
        counts = dict(db.session.execute(
            sa.select(Article.status, sa.func.count(Article.id))
            .where(Article.status.in_((ArticleStatus.QUEUED, ArticleStatus.EXTRACTING)))
            .group_by(Article.status)).all())
    except sa.exc.SQLAlchemyError as error:
        db.session.rollback()
        return Health(f"unreachable: {error.__class__.__name__}", None, waiting, problem, {})
    database_ms = round((time.perf_counter() - started) * 1000, 1)
    articles = {status.value: counts.get(status, 0) for status in (ArticleStatus.QUEUED, ArticleStatus.EXTRACTING)}
    return Health("reachable", database_ms, waiting, problem, articles)


def queue_backlog() -> tuple[int | None, str | None]:
    try:
        return jobs().huey.pending_count(), None
    except Exception as error:  # any storage failure, SQLite or Redis, means the queue cannot be read
        return None, f"{error.__class__.__name__}: {error}"

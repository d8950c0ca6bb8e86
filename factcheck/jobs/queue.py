"""The job queue: Huey on a SQLite file by default, on Redis when QUEUE_URL names one.

Jobs are enqueued only once the transaction that made their rows commits, so a worker never
looks for a row that is not there yet; a rolled-back transaction enqueues nothing.
"""
from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path

from flask import Flask, current_app
from huey import Huey, RedisHuey, SqliteHuey, crontab
from sqlalchemy import event
from sqlalchemy.orm import Session

PENDING = "factcheck_pending_jobs"
COMMITTED = "factcheck_committed_jobs"
REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


@dataclass
class Jobs:
    huey: Huey
    tasks: dict = field(default_factory=dict)


def init_app(app: Flask) -> None:
    from . import tasks

    huey = make_huey(app)
    jobs = Jobs(huey)
    for function in (tasks.extract_article, tasks.import_item):
        # Retries cover passing trouble (a lost database connection, two workers inserting one text).
        jobs.tasks[function.__name__] = huey.task(retries=2, retry_delay=2, name=function.__name__)(
            in_app_context(app, function))
    huey.periodic_task(crontab(minute="*"), name="recover_stalled")(in_app_context(app, tasks.recover_stalled))
    app.extensions["jobs"] = jobs


def make_huey(app: Flask) -> Huey:
    name = app.config.get("QUEUE_NAME") or "factcheck"
    url = app.config.get("QUEUE_URL") or ""
    if url.startswith(REDIS_SCHEMES):
        huey = RedisHuey(name, url=url, results=False)
    else:
        Path(app.instance_path).mkdir(parents=True, exist_ok=True)
        path = url.removeprefix("sqlite:///") or str(Path(app.instance_path) / "jobs.db")
        huey = SqliteHuey(name, filename=path, results=False)
    huey.immediate = bool(app.config.get("QUEUE_IMMEDIATE"))
    return huey


def in_app_context(app: Flask, function):
    """Each job runs in an app context (and so a database session) of its own."""

    @wraps(function)
    def run(*args):
        with app.app_context():
            return function(*args)

    return run


def jobs() -> Jobs:
    return current_app.extensions["jobs"]


def enqueue_after_commit(session: Session, task: str, *args) -> None:
    session.info.setdefault(PENDING, []).append((jobs(), task, args))


@event.listens_for(Session, "after_commit")
def _commit_pending(session: Session) -> None:
    session.info.setdefault(COMMITTED, []).extend(session.info.pop(PENDING, []))


@event.listens_for(Session, "after_transaction_end")
def _enqueue_committed(session: Session, transaction) -> None:
    # Sent once the session has given its connection back: a job run at once (tests, QUEUE_IMMEDIATE)
    # then needs one connection, not two.
    if transaction.parent is None:
        for queue, task, args in session.info.pop(COMMITTED, []):
            queue.tasks[task](*args)


@event.listens_for(Session, "after_soft_rollback")
def _forget_pending(session: Session, _previous_transaction) -> None:
    if not session.in_transaction():  # a savepoint's rollback keeps the outer transaction's jobs
        session.info.pop(PENDING, None)

"""An article's extraction lifecycle, correct when several workers race for the same article.

queued -> extracting (progress, heartbeat) -> ready, or failed with its reason. A worker that
dies leaves a stale heartbeat; `stalled_articles` finds those so they are queued again, up to
JOB_MAX_ATTEMPTS, then failed with the reason.
"""
from datetime import datetime, timedelta

import sqlalchemy as sa
from flask import current_app

from ..accounts.models import User
from ..audit.services import record
from ..extensions import db
from ..jobs.queue import enqueue_after_commit
from ..modeltypes import utcnow
from .models import Article, ArticleStatus

REASON_LENGTH = 2000


def queue_extraction(article: Article, actor: User | None = None, action: str | None = None) -> None:
    """Mark the article queued; its extraction job is enqueued when the caller commits."""
    previous = article.status
    article.status, article.status_reason, article.progress = ArticleStatus.QUEUED, None, 0
    article.heartbeat_at = utcnow()
    if action:
        record(actor, action, article_id=article.id, from_status=previous, to_status=ArticleStatus.QUEUED)
    enqueue_after_commit(db.session, "extract_article", article.id)


def start_extraction(article_id: int) -> int | None:
    """Claim a queued article for this worker (committed); its attempt number, or None if taken."""
    claimed = db.session.execute(
        sa.update(Article)
        .where(Article.id == article_id, Article.status == ArticleStatus.QUEUED)
        .values(status=ArticleStatus.EXTRACTING, progress=0, heartbeat_at=utcnow(), attempts=Article.attempts + 1)
        .execution_options(synchronize_session=False))
    db.session.commit()
    if claimed.rowcount != 1:
        return None
    return db.session.scalar(sa.select(Article.attempts).where(Article.id == article_id))


def still_owned(article: Article, attempt: int) -> bool:
    """False when the article was given to another worker meanwhile (this one was thought dead)."""
    db.session.refresh(article, with_for_update=True)
    return article.status == ArticleStatus.EXTRACTING and article.attempts == attempt


def mark_ready(article: Article) -> None:
    article.status, article.progress, article.status_reason = ArticleStatus.READY, 100, None


def mark_failed(article: Article, reason: str) -> None:
    article.status, article.status_reason = ArticleStatus.FAILED, reason[:REASON_LENGTH]
    record(None, "extraction_failed", article_id=article.id, from_status=ArticleStatus.EXTRACTING,
           to_status=ArticleStatus.FAILED, details={"error": reason[:500]})


def beat(connection: sa.Connection, article_id: int, progress: int) -> None:
    connection.execute(sa.update(Article).where(Article.id == article_id, Article.status == ArticleStatus.EXTRACTING)
                       .values(heartbeat_at=utcnow(), progress=progress))


def stale_before() -> datetime:
    return utcnow() - timedelta(seconds=float(current_app.config["JOB_STALE_SECONDS"]))


def recover_stalled_articles() -> list[int]:
    """Requeue (or fail, after too many attempts) articles whose worker stopped; the caller commits."""
    requeued = []
    stalled = sa.select(Article).where(
        Article.status.in_([ArticleStatus.EXTRACTING, ArticleStatus.QUEUED]), Article.heartbeat_at < stale_before())
    for article in db.session.scalars(stalled.with_for_update(skip_locked=True)):
        if article.status == ArticleStatus.EXTRACTING and article.attempts >= max_attempts():
            mark_failed(article, f"The worker stopped {article.attempts} times while extracting (it was killed "
                                 "or ran out of memory). Retry, or split the article.")
        else:
            queue_extraction(article, None, "extraction_requeued")
            requeued.append(article.id)
    return requeued


def max_attempts() -> int:
    return int(current_app.config["JOB_MAX_ATTEMPTS"])

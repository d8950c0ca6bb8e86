"""The jobs. Each runs in an app context of its own (see queue.in_app_context) and commits its own work."""
import logging

import sqlalchemy as sa

from ..articles import lifecycle
from ..articles.batches import import_queued_item, requeue_stalled_items
from ..articles.models import Article
from ..claims.reextract import replace_claims, run_extractor
from ..extensions import db
from .heartbeat import Heartbeat

log = logging.getLogger(__name__)


def extract_article(article_id: int) -> None:
    """Extract the article's claims in one transaction: all of them are stored, or none."""
    attempt = lifecycle.start_extraction(article_id)
    if attempt is None:
        return  # another worker has it, or it is no longer queued
    article = db.session.get(Article, article_id)
    try:
        with Heartbeat(article):
            extraction = run_extractor(article)
        if not lifecycle.still_owned(article, attempt):
            db.session.rollback()
            return
        replace_claims(article, extraction)
        lifecycle.mark_ready(article)
        db.session.commit()
    except Exception as error:  # noqa: BLE001  (an extractor bug must not lose the article)
        log.exception("Extraction failed for article %s", article_id)
        db.session.rollback()
        lifecycle.mark_failed(db.session.get(Article, article_id), f"{type(error).__name__}: {error}")
        db.session.commit()


def import_item(item_id: int) -> None:
    """One uploaded file: decoded, checked, stored as an article (its extraction queued) or refused."""
    try:
        import_queued_item(item_id)
        db.session.commit()
    except sa.exc.IntegrityError:
        db.session.rollback()  # a twin file stored by another worker meanwhile: the retry finds it
        raise


def recover_stalled() -> None:
    """Every minute and at worker start: jobs whose worker died are queued again."""
    requeued = lifecycle.recover_stalled_articles()
    items = requeue_stalled_items()
    db.session.commit()
    if requeued or items:
        log.warning("Requeued articles %s and upload items %s left by a stopped worker", requeued, items)

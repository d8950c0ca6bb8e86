"""Managing stored articles: details, archive, delete, re-extraction and new versions. Every change audited.

Permissions are checked by the routes; the caller commits.
"""
import sqlalchemy as sa

from ..accounts.models import User
from ..audit.services import record
from ..claims.models import Claim, ClaimStatus
from ..claims.reextract import human_touched
from ..claims.services import resolve_selection
from ..errors import Refused
from ..extensions import db
from ..modeltypes import utcnow
from . import versions
from .lifecycle import queue_extraction
from .models import Article, ArticleStatus, body_checksum
from .services import ArticleDraft, check_body, find_duplicate

DETAILS = ("title", "outlet", "author", "published_on", "url")


def edit_details(article: Article, actor: User, changes: dict) -> dict:
    changed = {name: value for name, value in changes.items() if name in DETAILS and getattr(article, name) != value}
    if "title" in changed and not (changed["title"] or "").strip():
        raise Refused("An article needs a title.", 400)
    if not changed:
        return {}
    log = {name: [_plain(getattr(article, name)), _plain(value)] for name, value in changed.items()}
    for name, value in changed.items():
        setattr(article, name, value)
    record(actor, "article_edited", article_id=article.id, details=log)
    return log


def _plain(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def published_claims(article: Article) -> int:
    return db.session.scalar(sa.select(sa.func.count(Claim.id)).where(
        Claim.article_id == article.id, Claim.status == ClaimStatus.APPROVED))


def check_unpublished(article: Article, verb: str) -> None:
    if count := published_claims(article):
        raise Refused(f"The article has {count} published claim(s); it cannot be {verb}.", 409)


def archive(article: Article, actor: User) -> None:
    check_unpublished(article, "archived")
    if article.archived_at is None:
        article.archived_at = utcnow()
        record(actor, "article_archived", article_id=article.id)


def restore(article: Article, actor: User) -> None:
    if article.archived_at is not None:
        article.archived_at = None
        record(actor, "article_restored", article_id=article.id)


def delete(article: Article, actor: User) -> None:
    """The article and its claims go; the audit keeps a row saying what was deleted, by whom."""
    check_unpublished(article, "deleted")
    claims = db.session.scalar(sa.select(sa.func.count(Claim.id)).where(Claim.article_id == article.id))
    record(actor, "article_deleted", details={"article": article.id, "title": article.title,
                                              "checksum": article.checksum, "claims": claims})
    db.session.delete(article)
    db.session.flush()


def reextract(article: Article, actor: User) -> None:
    if article.status in (ArticleStatus.QUEUED, ArticleStatus.EXTRACTING):
        raise Refused("The article's extraction is already under way.", 409)
    queue_extraction(article, actor, "extraction_requested")


def replace_with_version(article: Article, actor: User, draft: ArticleDraft) -> None:
    """The article's body becomes the new version; its claims follow their text, then extraction reruns."""
    check_body(draft.body)
    if twin := find_duplicate(draft.body):
        raise Refused(f"This text is already stored as article {twin.id}.", 409)
    if article.status in (ArticleStatus.QUEUED, ArticleStatus.EXTRACTING):
        raise Refused("Wait until the article's extraction ends, then update it.", 409)
    moved, dropped = carry_claims_over(article, draft.body)
    record(actor, "article_new_version", article_id=article.id, details={
        "previous_checksum": article.checksum, "previous_body": article.body,
        "claims_moved": moved, "claims_dropped": dropped})
    article.body, article.checksum = draft.body, body_checksum(draft.body)
    article.fingerprint = versions.sketch(draft.body)
    queue_extraction(article)


def carry_claims_over(article: Article, body: str) -> tuple[int, int]:
    """Each claim moves to its text's nearest place in the new body; untouched ones not found are dropped."""
    touched = set(db.session.scalars(sa.select(Claim.id).where(Claim.article_id == article.id, human_touched())))
    moved, lost = 0, []
    for claim in db.session.scalars(sa.select(Claim).where(Claim.article_id == article.id)):
        try:
            start, _ = resolve_selection(body, claim.start, claim.end, claim.text)
        except Refused:
            lost.append(claim)
            continue
        if start != claim.start:
            claim.start, claim.end, moved = start, start + len(claim.text), moved + 1
    if kept_work := [claim.id for claim in lost if claim.id in touched]:
        raise Refused(f"The new version no longer contains the text of claims {kept_work}, which reviewers "
                      "worked on; it was not applied.", 409)
    for claim in lost:
        db.session.delete(claim)
    db.session.flush()
    return moved, len(lost)


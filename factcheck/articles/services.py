"""Importing articles: decode, validate, detect duplicates and versions, store, audit, queue extraction.

The caller commits; extraction runs as a job once it has."""
from dataclasses import dataclass, fields
from datetime import date
from pathlib import PurePath

import sqlalchemy as sa
from flask import current_app

from ..accounts.models import User
from ..audit.services import record
from ..claims.services import should_extract
from ..extensions import db
from ..validators import fit_column
from . import versions
from .docx import UnreadableDocument, docx_to_article
from .html import html_to_article
from .lifecycle import queue_extraction
from .metadata import find_date, guess_metadata, lead_title
from .models import Article, ArticleStatus, body_checksum

REPLACEMENT_CHARACTER = "\ufffd"
UPLOAD_SUFFIXES = {".txt", ".html", ".htm", ".docx"}
UNSUPPORTED_UPLOAD = "Upload a .txt, .html or .docx file; other types are not supported."


class InvalidArticle(Exception):
    """The article cannot be imported; the message says why, `field` where."""

    def __init__(self, message: str, field: str = "body"):
        super().__init__(message)
        self.message = message
        self.field = field


class DuplicateArticle(InvalidArticle):
    def __init__(self, existing: Article):
        super().__init__("This text was imported before.")
        self.existing = existing


class NearDuplicate(InvalidArticle):
    """The text is a new version of an article already stored (a few edits, other whitespace)."""

    def __init__(self, existing: Article, similarity: float):
        super().__init__(f"This looks like a new version of “{existing.title}” "
                         f"(about {similarity:.0%} of its text is the same).")
        self.existing = existing
        self.similarity = similarity


@dataclass
class ArticleDraft:
    body: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published_on: date | None = None
    url: str | None = None

    def fill_blanks(self, guessed: dict) -> None:
        for field in fields(self):
            if not getattr(self, field.name) and guessed.get(field.name):
                setattr(self, field.name, guessed[field.name])


def draft_from_paste(text: str) -> ArticleDraft:
    # Browsers send a textarea's line breaks as CRLF; the writer typed plain line breaks.
    return ArticleDraft(body=text.replace("\r\n", "\n"))


def draft_from_upload(filename: str, data: bytes) -> ArticleDraft:
    suffix = PurePath(filename).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise InvalidArticle(UNSUPPORTED_UPLOAD, "upload")
    if suffix == ".docx":
        try:
            return draft_with_details(*docx_to_article(data, max_bytes()))
        except UnreadableDocument as error:
            raise InvalidArticle(str(error), "upload") from error
    if len(data) > max_bytes():
        raise InvalidArticle(too_big_message(len(data)), "upload")
    text = decode_utf8(data)
    if suffix in {".html", ".htm"}:
        return draft_with_details(*html_to_article(text))
    return ArticleDraft(body=text)


def decode_utf8(data: bytes) -> str:
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise InvalidArticle(
            f"The file is not UTF-8 text (undecodable byte at position {error.start}). "
            "Save it as UTF-8 and upload it again.", "upload") from error


def draft_with_details(text: str, meta: dict) -> ArticleDraft:
    meta = {**meta, **{name: fit_column(Article.__table__.c[name], meta[name])
                       for name in ("title", "outlet", "author") if meta.get(name)}}
    draft = ArticleDraft(body=text)
    draft.fill_blanks({**meta, "published_on": meta.get("published_on") or find_date(meta.get("published") or "")})
    return draft


def max_bytes() -> int:
    return int(current_app.config["MAX_ARTICLE_BYTES"])


def too_big_message(size: int) -> str:
    return f"The article is {size:,} bytes; the limit is {max_bytes():,} bytes."


def check_body(body: str) -> None:
    if not body.strip():
        raise InvalidArticle("The article is empty: paste its text or upload a file.")
    if "\x00" in body:
        raise InvalidArticle("The text holds a NUL character; it is not a text file.")
    size = len(body.encode("utf-8", errors="surrogatepass"))
    if size > max_bytes():
        raise InvalidArticle(too_big_message(size))
    if REPLACEMENT_CHARACTER in body:
        raise InvalidArticle("The text contains � characters, which means it was decoded with "
                             "the wrong encoding. Paste it again from a UTF-8 source.")


def complete(draft: ArticleDraft) -> ArticleDraft:
    """Fill the fields left blank from the text's own title, dateline and byline."""
    guessed = vars(guess_metadata(draft.body))
    draft.fill_blanks(guessed)
    if not draft.title:
        draft.title = lead_title(draft.body)
    return draft


def find_duplicate(body: str) -> Article | None:
    return db.session.scalar(sa.select(Article).where(Article.checksum == body_checksum(body)))


def find_near_duplicate(fingerprint: list[int]) -> tuple[Article, float] | None:
    stored = db.session.execute(sa.select(Article.id, Article.fingerprint).where(Article.fingerprint.is_not(None)))
    best = max(((versions.similarity(fingerprint, other), article_id) for article_id, other in stored), default=None)
    if best is None or best[0] < versions.SAME_STORY:
        return None
    return db.session.get(Article, best[1]), best[0]


def import_article(actor: User | None, draft: ArticleDraft, separate_version: bool = False) -> Article:
    """Store the article and queue its extraction; a near-duplicate is refused unless `separate_version`."""
    check_body(draft.body)
    if existing := find_duplicate(draft.body):
        raise DuplicateArticle(existing)
    fingerprint = versions.sketch(draft.body)
    if not separate_version and (near := find_near_duplicate(fingerprint)):
        # The same text may have been committed by a racing import since the check above.
        raise DuplicateArticle(exact) if (exact := find_duplicate(draft.body)) else NearDuplicate(*near)
    complete(draft)
    article = Article(**vars(draft), checksum=body_checksum(draft.body), imported_by=actor,
                      fingerprint=fingerprint, status=ArticleStatus.READY)
    db.session.add(article)
    try:
        db.session.flush()
    except sa.exc.IntegrityError:  # the same text imported at the same moment: the caller's work is undone
        db.session.rollback()
        if (existing := find_duplicate(draft.body)) is None:
            raise
        raise DuplicateArticle(existing) from None
    record(actor, "article_imported", article_id=article.id,
           details={"title": article.title, "characters": len(article.body)})
    if should_extract():
        queue_extraction(article)
    return article

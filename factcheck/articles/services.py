"""Importing articles: decode, validate, detect duplicates, store, audit. The caller commits."""
from dataclasses import dataclass, fields
from datetime import date
from pathlib import PurePath

import sqlalchemy as sa
from flask import current_app

from ..accounts.models import User
from ..audit.services import record
from ..claims.services import extract_claims, should_extract
from ..extensions import db
from .docx import UnreadableDocument, docx_to_article
from .html import html_to_article
from .metadata import find_date, guess_metadata
from .models import Article, body_checksum

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
        draft.title = " ".join(draft.body.split())[:80]
    return draft


def find_duplicate(body: str) -> Article | None:
    return db.session.scalar(sa.select(Article).where(Article.checksum == body_checksum(body)))


def import_article(actor: User | None, draft: ArticleDraft) -> Article:
    check_body(draft.body)
    if existing := find_duplicate(draft.body):
        raise DuplicateArticle(existing)
    complete(draft)
    article = Article(**vars(draft), checksum=body_checksum(draft.body), imported_by=actor)
    db.session.add(article)
    db.session.flush()
    record(actor, "article_imported", article_id=article.id,
           details={"title": article.title, "characters": len(article.body)})
    if should_extract():
        extract_safely(article)
    return article


def extract_safely(article: Article) -> None:
    """An extractor failure must not lose the article: it is stored, and the failure recorded."""
    try:
        with db.session.begin_nested():
            extract_claims(article)
    except Exception as error:  # noqa: BLE001  (any extractor bug)
        current_app.logger.exception("Extraction failed for article %s", article.id)
        record(None, "extraction_failed", article_id=article.id, details={"error": repr(error)[:500]})

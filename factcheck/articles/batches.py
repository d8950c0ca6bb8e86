"""Bulk uploads: several files or .zip archives become a batch of items, each imported by a job."""
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePath

import sqlalchemy as sa

from ..accounts.models import User
from ..audit.services import record
from ..extensions import db
from ..jobs.queue import enqueue_after_commit
from ..modeltypes import utcnow
from .lifecycle import stale_before
from .models import ArticleStatus, ImportBatch, ImportItem, ItemStatus
from .services import DuplicateArticle, InvalidArticle, NearDuplicate, draft_from_upload, import_article, max_bytes

ARCHIVE_ENTRY_LIMIT = 500
ARCHIVE_ARTICLES_LIMIT = 50  # an archive unpacks to at most this many maximum-size articles


@dataclass
class Upload:
    filename: str
    data: bytes


def create_batch(actor: User | None, uploads: list[Upload]) -> ImportBatch:
    """Store the uploads as queued items (archives unpacked); the jobs start when the caller commits."""
    batch = ImportBatch(created_by=actor)
    for upload in uploads:
        batch.items.extend(items_from(upload))
    db.session.add(batch)
    db.session.flush()
    record(actor, "import_batch_created", details={"batch": batch.id, "files": len(batch.items)})
    for item in batch.items:
        if item.status == ItemStatus.QUEUED:
            enqueue_after_commit(db.session, "import_item", item.id)
    return batch


def items_from(upload: Upload) -> list[ImportItem]:
    if PurePath(upload.filename).suffix.lower() != ".zip":
        return [ImportItem(filename=upload.filename, data=upload.data)]
    try:
        with zipfile.ZipFile(BytesIO(upload.data)) as archive:
            return [archive_item(upload.filename, archive, entry) for entry in archive_entries(archive)]
    except zipfile.BadZipFile as error:
        return [failed_item(upload.filename, f"The file is not a readable .zip archive ({error}).")]


def archive_entries(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    entries = [entry for entry in archive.infolist() if not entry.is_dir() and not hidden(entry.filename)]
    if len(entries) > ARCHIVE_ENTRY_LIMIT:
        raise zipfile.BadZipFile(f"more than {ARCHIVE_ENTRY_LIMIT} files")
    if sum(entry.file_size for entry in entries) > ARCHIVE_ARTICLES_LIMIT * max_bytes():
        raise zipfile.BadZipFile(f"it unpacks to more than {ARCHIVE_ARTICLES_LIMIT} articles' worth of text")
    return entries


def hidden(name: str) -> bool:
    return any(part.startswith((".", "__MACOSX")) for part in PurePath(name).parts)


def archive_item(archive_name: str, archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> ImportItem:
    filename = f"{archive_name}/{entry.filename}"
    if entry.file_size > max_bytes() * 4:  # a .docx holds more bytes than its text; anything bigger is refused
        return failed_item(filename, f"The file is {entry.file_size:,} bytes, too big to be one article.")
    return ImportItem(filename=filename, data=archive.read(entry))


def failed_item(filename: str, message: str) -> ImportItem:
    return ImportItem(filename=filename, status=ItemStatus.FAILED, message=message)


def import_queued_item(item_id: int) -> None:
    """Import one queued item (claimed atomically, so two workers never import it twice)."""
    claimed = db.session.execute(
        sa.update(ImportItem).where(ImportItem.id == item_id, ImportItem.status == ItemStatus.QUEUED)
        .values(status=ItemStatus.IMPORTED).execution_options(synchronize_session=False))
    if claimed.rowcount != 1:
        return
    item = db.session.get(ImportItem, item_id)
    try:  # the refusals are raised before anything is added to the session
        item.article = import_article(item.batch.created_by, draft_from_upload(item.filename, item.data))
    except DuplicateArticle as duplicate:
        item.status, item.article_id, item.message = ItemStatus.DUPLICATE, duplicate.existing.id, duplicate.message
    except NearDuplicate as near:
        item.status, item.article_id, item.message = ItemStatus.DUPLICATE, near.existing.id, near.message
    except InvalidArticle as invalid:
        item.status, item.message = ItemStatus.FAILED, invalid.message
    item.data = None


def requeue_stalled_items() -> list[int]:
    """Items whose job was lost with its worker are queued again; the caller commits."""
    stalled = db.session.scalars(sa.select(ImportItem).where(
        ImportItem.status == ItemStatus.QUEUED, ImportItem.queued_at < stale_before())).all()
    for item in stalled:
        item.queued_at = utcnow()
        enqueue_after_commit(db.session, "import_item", item.id)
    return [item.id for item in stalled]


ARTICLE_STATES = {ArticleStatus.QUEUED: "queued", ArticleStatus.EXTRACTING: "extracting",
                  ArticleStatus.READY: "done", ArticleStatus.FAILED: "failed"}


def item_state(item: ImportItem) -> dict:
    """What the progress page shows for one file."""
    state = {"id": item.id, "filename": item.filename, "message": item.message, "progress": None,
             "article_id": item.article_id, "state": item.status.value}
    if item.status == ItemStatus.IMPORTED and item.article is not None:
        state["state"] = ARTICLE_STATES[item.article.status]
        state["progress"] = item.article.progress
        state["message"] = item.article.status_reason
    return state


def batch_state(batch: ImportBatch) -> dict:
    items = [item_state(item) for item in batch.items]
    return {"id": batch.id, "items": items, "finished": all(i["state"] in FINAL_STATES for i in items)}


FINAL_STATES = {"done", "duplicate", "failed"}

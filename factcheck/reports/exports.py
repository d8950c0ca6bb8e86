"""CSV and JSON exports of claims, streamed row by row so memory stays flat.

Verdict columns come from the published verdict only: drafts, submitted and returned verdicts
never leave the desk.
"""
import csv
import io
import json
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from ..accounts.models import User
from ..articles.models import Article
from ..claims.models import Claim, Speaker
from ..claims.queue import QueueFilter
from ..extensions import db
from ..review.models import Verdict
from ..review.scales import scales

BATCH = 1000
Editor = aliased(User)
COLUMNS = {
    "id": Claim.id, "article_id": Claim.article_id, "article_title": Article.title,
    "article_url": Article.url, "status": Claim.status, "quote_type": Claim.quote_type,
    "speaker": Speaker.name, "speaker_kind": Speaker.kind, "speaker_role": Claim.speaker_role,
    "speaker_mention": Claim.speaker_mention, "cue": Claim.cue, "channel": Claim.channel,
    "statement_date": Claim.statement_date, "category": Claim.category, "start": Claim.start,
    "end": Claim.end, "text": Claim.text, "attribution": Verdict.attribution,
    "veracity": Verdict.veracity, "summary": Verdict.summary, "correction_note": Verdict.correction_note,
    "approved_by": Editor.display_name, "approved_at": Verdict.decided_at,
}
FIELDNAMES = [*COLUMNS, "attribution_label", "veracity_label"]


def export_query(filters: QueueFilter) -> sa.Select:
    published = sa.and_(Verdict.claim_id == Claim.id, Verdict.published)
    return (sa.select(*(column.label(name) for name, column in COLUMNS.items()))
            .select_from(Claim)
            .join(Article, Claim.article_id == Article.id)
            .outerjoin(Speaker, Claim.speaker_id == Speaker.id)
            .outerjoin(Verdict, published)
            .outerjoin(Editor, Verdict.editor_id == Editor.id)
            .where(*filters.conditions())
            .order_by(Claim.id))


def count(filters: QueueFilter) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(export_query(filters).subquery()))


def rows(filters: QueueFilter) -> Iterator[dict]:
    labels = {name: {r.key: r.label for r in scale.ratings} for name, scale in scales().items()}
    result = db.session.execute(export_query(filters).execution_options(yield_per=BATCH))
    for row in result:
        record = {name: _plain(value) for name, value in row._mapping.items()}
        record["attribution_label"] = labels["attribution"].get(record["attribution"])
        record["veracity_label"] = labels["veracity"].get(record["veracity"])
        yield record


def _plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return getattr(value, "value", value)


def csv_chunks(records: Iterator[dict]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDNAMES, lineterminator="\r\n")
    writer.writeheader()
    for n, record in enumerate(records, 1):
        writer.writerow(record)
        if n % 200 == 0:
            yield _drain(buffer)
    yield _drain(buffer)


def json_chunks(records: Iterator[dict]) -> Iterator[str]:
    yield '{"claims": ['
    for n, record in enumerate(records):
        yield ("," if n else "") + "\n" + json.dumps(record, ensure_ascii=False)
    yield "\n]}\n"


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text

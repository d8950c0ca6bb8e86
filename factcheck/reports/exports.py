"""CSV and JSON exports of claims, streamed row by row so memory stays flat.

A claim with a publication is exported as it was published (text, speaker, verdict, approver);
drafts, submitted and returned verdicts never leave the desk. Other claims carry their extracted
fields and no verdict. CSV cells that a spreadsheet would run as a formula are defused (OWASP).
Should the database fail part-way, the file ends with an error marker and the stream breaks, so
that no reader takes a truncated export for a whole one.
"""
import csv
import io
import json
from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import aliased

from ..articles.models import Article
from ..claims.models import Claim, Speaker
from ..claims.queue import QueueFilter
from ..extensions import db
from ..review.models import Publication
from ..review.publications import in_force
from ..review.scales import scales

BATCH = 1000
Published = aliased(Publication)


def frozen(published_column, live_column):
    """The published value where the claim has a publication, else the live one."""
    return sa.case((Published.id.is_not(None), published_column), else_=live_column)


COLUMNS = {
    "id": Claim.id, "article_id": Claim.article_id, "article_title": Article.title,
    "article_url": Article.url, "status": Claim.status,
    "quote_type": frozen(Published.quote_type, Claim.quote_type),
    "speaker": frozen(Published.speaker_name, Speaker.name),
    "speaker_kind": frozen(Published.speaker_kind, Speaker.kind),
    **{name: frozen(getattr(Published, name), getattr(Claim, name)) for name in (
        "speaker_role", "speaker_mention", "cue", "channel", "statement_date", "category", "start", "end", "text")},
    "attribution": Published.attribution, "veracity": Published.veracity, "summary": Published.summary,
    "correction_note": Published.correction_note, "approved_by": Published.approver_name,
    "approved_at": Published.published_at,
}
FIELDNAMES = [*COLUMNS, "attribution_label", "veracity_label"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
INCOMPLETE = "The export failed part-way; this file is incomplete."


def export_query(filters: QueueFilter) -> sa.Select:
    published = sa.and_(Published.claim_id == Claim.id, in_force(Published))
    return (sa.select(*(column.label(name) for name, column in COLUMNS.items()))
            .select_from(Claim)
            .join(Article, Claim.article_id == Article.id)
            .outerjoin(Speaker, Claim.speaker_id == Speaker.id)
            .outerjoin(Published, published)
            .where(*filters.conditions())
            .order_by(Claim.id))


def count(filters: QueueFilter) -> int:
    return db.session.scalar(sa.select(sa.func.count()).select_from(export_query(filters).subquery()))


def rows(filters: QueueFilter) -> Iterator[dict]:
    labels = {name: {r.key: r.label for r in scale.ratings} for name, scale in scales().items()}
    # closed however the stream ends: finished, cut short by the client, or broken by the database
    with db.session.execute(export_query(filters).execution_options(yield_per=BATCH)) as result:
        for row in result:
            record = {name: _plain(value) for name, value in row._mapping.items()}
            record["attribution_label"] = labels["attribution"].get(record["attribution"])
            record["veracity_label"] = labels["veracity"].get(record["veracity"])
            yield record


def _plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return getattr(value, "value", value)


def defused(value):
    """A cell no spreadsheet runs as a formula: a leading quote before =, +, -, @, tab or return."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def csv_chunks(records: Iterator[dict]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDNAMES, lineterminator="\r\n")
    writer.writeheader()
    try:
        for n, record in enumerate(records, 1):
            writer.writerow({name: defused(value) for name, value in record.items()})
            if n % 200 == 0:
                yield _drain(buffer)
    except SQLAlchemyError:
        yield _drain(buffer) + f"#ERROR: {INCOMPLETE}\r\n"
        raise
    yield _drain(buffer)


def json_chunks(records: Iterator[dict]) -> Iterator[str]:
    yield '{"claims": ['
    try:
        for n, record in enumerate(records):
            yield ("," if n else "") + "\n" + json.dumps(record, ensure_ascii=False)
    except SQLAlchemyError:
        yield "\n], " + json.dumps({"error": INCOMPLETE})[1:] + "\n"
        raise
    yield "\n]}\n"


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text

"""`factcheck claims`: the stored claims with their speakers, for editors' scripts and checks."""
import json

import click
import sqlalchemy as sa
from flask.cli import with_appcontext

from ..extensions import db
from .models import Claim, ClaimStatus, Speaker

FIELDS = ("id", "article_id", "start", "end", "status", "quote_type", "speaker", "speaker_id", "speaker_scope",
          "speaker_mention", "speaker_role", "text")
TABLE = (("id", 6), ("article_id", 7), ("status", 17), ("speaker", 28), ("speaker_mention", 24), ("text", 60))


def claim_rows(article_id: int | None, status: str | None):
    query = (sa.select(Claim, Speaker).outerjoin(Speaker, Speaker.id == Claim.speaker_id)
             .order_by(Claim.article_id, Claim.start, Claim.id))
    if article_id is not None:
        query = query.where(Claim.article_id == article_id)
    if status:
        query = query.where(Claim.status == ClaimStatus(status))
    for claim, speaker in db.session.execute(query.execution_options(yield_per=500)):
        yield {
            "id": claim.id, "article_id": claim.article_id, "start": claim.start, "end": claim.end,
            "status": claim.status.value, "quote_type": claim.quote_type.value,
            "speaker": speaker.name if speaker else None, "speaker_id": speaker.id if speaker else None,
            "speaker_scope": None if speaker is None else ("shared" if speaker.shared else "article"),
            "speaker_mention": claim.speaker_mention, "speaker_role": claim.speaker_role, "text": claim.text,
        }


@click.command("claims")
@click.option("--article", "article_id", type=int, help="Only this article's claims.")
@click.option("--status", type=click.Choice([s.value for s in ClaimStatus]), help="Only claims in this status.")
@click.option("--format", "output_format", type=click.Choice(["json", "table"]), default="table")
@with_appcontext
def claims_command(article_id: int | None, status: str | None, output_format: str):
    """List stored claims with their speaker's name, mention, role, status and offsets."""
    rows = claim_rows(article_id, status)
    if output_format == "json":
        click.echo('{"claims": [', nl=False)
        for n, row in enumerate(rows):
            click.echo(("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False), nl=False)
        click.echo("\n]}")
        return
    click.echo("  ".join(name.ljust(width) for name, width in TABLE))
    for row in rows:
        click.echo("  ".join(_cell(row[name], width) for name, width in TABLE))


def _cell(value, width: int) -> str:
    text = " ".join(str("—" if value is None else value).split())
    return (text[: width - 1] + "…" if len(text) > width else text).ljust(width)

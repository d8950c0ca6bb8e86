"""`factcheck export`: claims as CSV/JSON, ClaimReview JSON-LD, or an article report as HTML/PDF."""
import json
import sys
from contextlib import nullcontext

import click
from flask import current_app
from flask.cli import with_appcontext

from ..articles.models import Article
from ..claims.models import ClaimStatus
from ..claims.queue import QueueFilter
from ..extensions import db
from . import exports
from .pdf import html_to_pdf, pdf_unavailable_reason
from .services import article_report, claim_review_feed, render_report

FORMATS = ["csv", "json", "claimreview", "html", "pdf"]


@click.command("export")
@click.option("--format", "output_format", type=click.Choice(FORMATS), required=True)
@click.option("--article", "article_id", type=int, help="Only this article (required for html and pdf).")
@click.option("--status", type=click.Choice([s.value for s in ClaimStatus]), help="Only claims in this status.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default: stdout).")
@with_appcontext
def export_command(output_format: str, article_id: int | None, status: str | None, output: str | None):
    """Export claims, ClaimReview, or an article's fact-check report."""
    article = db.session.get(Article, article_id) if article_id else None
    if article_id and article is None:
        raise click.ClickException(f"There is no article {article_id}.")
    if output_format in ("html", "pdf") and article is None:
        raise click.ClickException(f"--format {output_format} is a report of one article: give --article ID.")
    with current_app.test_request_context(base_url=current_app.config["PUBLIC_BASE_URL"]):
        if output_format in ("csv", "json"):
            write_claims(output_format, QueueFilter(status=status or "", article=article_id), output)
        elif output_format == "claimreview":
            reviews = article_report(article).reviews if article else claim_review_feed()
            write_text(json.dumps(reviews, ensure_ascii=False, indent=1) + "\n", output)
        elif output_format == "html":
            write_text(render_report(article), output)
        else:
            write_pdf(article, output)


def write_claims(output_format: str, filters: QueueFilter, output: str | None) -> None:
    total = exports.count(filters)
    chunks = exports.csv_chunks if output_format == "csv" else exports.json_chunks
    show_progress = output is not None and total > 1000
    with open_output(output, newline="") as handle:
        progress = click.progressbar(length=total, label="Exporting", file=sys.stderr)
        with progress if show_progress else nullcontext() as bar:
            for chunk in chunks(counted(exports.rows(filters), bar)):
                handle.write(chunk)
    if output:
        click.echo(f"Wrote {total} claims to {output}.", err=True)


def counted(records, bar):
    for record in records:
        if bar is not None:
            bar.update(1)
        yield record


def write_pdf(article: Article, output: str | None) -> None:
    if reason := pdf_unavailable_reason():
        raise click.ClickException(reason)
    data = html_to_pdf(render_report(article, for_pdf=True))
    if output:
        with open(output, "wb") as handle:
            handle.write(data)
    else:
        sys.stdout.buffer.write(data)


def write_text(text: str, output: str | None) -> None:
    with open_output(output) as handle:
        handle.write(text)


def open_output(output: str | None, newline: str | None = None):
    if output is None:
        return nullcontext(sys.stdout)
    return open(output, "w", encoding="utf-8", newline=newline)

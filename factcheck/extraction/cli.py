"""``factcheck extract FILE|- --format json|table [--date YYYY-MM-DD]``."""
import datetime as dt
import json
import sys

import click

from .dates import detect_article_date
from .pipeline import extract

_TABLE_COLUMNS = (("quote_type", 12), ("speaker", 24), ("cue", 16), ("channel", 12),
                  ("statement_date", 10), ("category", 18))


def _parse_date(_ctx, _param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("expected YYYY-MM-DD") from None


@click.command("extract")
@click.argument("source", metavar="FILE", type=click.File("r", encoding="utf-8"))
@click.option("--format", "output_format", type=click.Choice(["json", "table"]), default="json",
              show_default=True, help="Contract JSON or a table for reading.")
@click.option("--date", "article_date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="The article's date; detected from its dateline when omitted.")
def extract_command(source, output_format: str, article_date: dt.date | None) -> None:
    """Extract attributed claims from an article (a UTF-8 text FILE, or - for stdin)."""
    # Universal newlines, like Path.read_text: offsets index the text as read.
    text = source.read()
    article_date = article_date or detect_article_date(text)
    result = extract(text, article_date)
    article = {"source": getattr(source, "name", None)}
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if output_format == "json":
        click.echo(json.dumps(result.to_dict(article), ensure_ascii=False, indent=1))
    else:
        click.echo(_table(result.to_dict(article)))


def _table(data: dict) -> str:
    header = " ".join(name.ljust(width) for name, width in _TABLE_COLUMNS) + " span  text"
    lines = [header, "-" * len(header)]
    for claim in data["claims"]:
        cells = [_cell(claim.get(name), width) for name, width in _TABLE_COLUMNS]
        span = f"{claim['start']}-{claim['end']}"
        lines.append(" ".join(cells) + f" {span}  {_cell(claim['text'], 70).rstrip()}")
    lines.append(f"{len(data['claims'])} claims, {len(data['speakers'])} speakers")
    return "\n".join(lines)


def _cell(value, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return (text[: width - 1] + "…" if len(text) > width else text).ljust(width)


def main() -> None:
    extract_command(prog_name="python -m factcheck.extraction")


if __name__ == "__main__":
    sys.exit(main())

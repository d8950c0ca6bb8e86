"""The `factcheck` console script: Flask's commands plus the desk's own."""
import sys
import time

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext

from .accounts import services as accounts
from .accounts.models import Role
from .claims.cli import claims_command
from .errors import Refused
from .extensions import db
from .extraction.cli import extract_command
from .reports.cli import export_command

POLL_SECONDS = 0.5


def create_app_for_cli():
    from .app import create_app

    return create_app()


@click.group(cls=FlaskGroup, create_app=create_app_for_cli)
def cli():
    """factcheck: a claim-and-attribution fact-check desk."""


@cli.command("create-user")
@click.argument("email")
@click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.REVIEWER.value)
@click.option("--name", "display_name", help="Display name (defaults to the part before @).")
@with_appcontext
def create_user(email: str, role: str, display_name: str | None):
    """Create a user; the password is read from a prompt, or from stdin when piped."""
    password = read_password()
    if len(password) < 10:
        raise click.ClickException("The password needs at least 10 characters.")
    try:
        user = accounts.create_user(None, email, display_name or email.split("@")[0], password, Role(role))
    except Refused as refusal:
        raise click.ClickException(refusal.message) from refusal
    db.session.commit()
    click.echo(f"Created {user.email} ({user.role}).")


def read_password() -> str:
    if sys.stdin.isatty():
        return click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


@cli.command("demo")
@with_appcontext
def demo():
    """Load the fictional demo article and demo accounts (once; passwords are printed once)."""
    from .demo.services import demo_loaded, load_demo

    if demo_loaded(db.session):
        click.echo("Demo data is already loaded.")
        return
    created = load_demo(db.session)
    db.session.commit()
    click.echo("Loaded the demo article (fictional).")
    for user, password in created:
        click.echo(f"  {user.role:<9} {user.email:<24} password: {password}")
    if created:
        click.echo("These passwords are shown only now; keep them.")


cli.add_command(extract_command)
cli.add_command(export_command)
cli.add_command(claims_command)


def main() -> None:
    cli()


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--wait/--no-wait", default=True, show_default=True,
              help="Wait for the imports (working on them here too) or only enqueue them for the workers.")
@with_appcontext
def import_files(paths: tuple[str, ...], wait: bool):
    """Bulk-import .txt, .html and .docx files (and .zip archives of them) through the job queue."""
    from .articles.batches import Upload, create_batch
    from .jobs.worker import worker_threads

    uploads = []
    for path in paths:
        with open(path, "rb") as handle:
            uploads.append(Upload(path, handle.read()))
    batch = create_batch(None, uploads)
    db.session.commit()
    if not wait:
        click.echo(f"Queued {len(batch.items)} file(s) as upload {batch.id}; the workers import them.")
        return
    with worker_threads(current_app._get_current_object()):
        state = wait_for_batch(batch.id)
    failed = report_batch(state)
    if failed:
        raise SystemExit(1)


def wait_for_batch(batch_id: int) -> dict:
    from .articles.batches import FINAL_STATES, batch_state
    from .articles.models import ImportBatch

    with click.progressbar(length=len(db.session.get(ImportBatch, batch_id).items), label="Importing") as bar:
        while True:
            db.session.expire_all()
            state = batch_state(db.session.get(ImportBatch, batch_id))
            bar.update(sum(item["state"] in FINAL_STATES for item in state["items"]) - bar.pos)
            if state["finished"]:
                return state
            time.sleep(POLL_SECONDS)


def report_batch(state: dict) -> int:
    """One line per file; the number of files that failed."""
    failed = 0
    for item in state["items"]:
        if item["state"] == "done":
            click.echo(f"imported  {item['filename']} -> article {item['article_id']}")
        elif item["state"] == "duplicate":
            click.echo(f"duplicate {item['filename']} = article {item['article_id']}: {item['message']}")
        elif item["article_id"]:
            failed += 1
            click.echo(f"failed    {item['filename']} -> article {item['article_id']}: {item['message']}", err=True)
        else:
            failed += 1
            click.echo(f"refused   {item['filename']}: {item['message']}", err=True)
    return failed


@cli.command("worker")
@click.option("--workers", default=1, show_default=True, help="Worker processes (one extraction each at a time).")
def worker(workers: int):
    """Run the job queue's worker: extraction, bulk imports, recovery of jobs a stopped worker left."""
    from .jobs.worker import run_worker

    run_worker(create_app_for_cli(), workers)

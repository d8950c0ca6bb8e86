"""The `factcheck` console script: Flask's commands plus the desk's own."""
import sys

import click
from flask.cli import FlaskGroup, with_appcontext

from .accounts import services as accounts
from .accounts.models import Role
from .errors import Refused
from .extensions import db
from .extraction.cli import extract_command
from .reports.cli import export_command


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


def main() -> None:
    cli()


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@with_appcontext
def import_files(paths: tuple[str, ...]):
    """Bulk-import articles from .txt, .html and .docx files; each file is its own transaction."""
    from .articles.services import DuplicateArticle, InvalidArticle, draft_from_upload, import_article

    failed = 0
    for path in paths:
        try:
            with open(path, "rb") as handle:
                article = import_article(None, draft_from_upload(path, handle.read()))
            db.session.commit()
            click.echo(f"imported  {path} -> article {article.id}")
        except DuplicateArticle as duplicate:
            db.session.rollback()
            click.echo(f"duplicate {path} = article {duplicate.existing.id}")
        except InvalidArticle as invalid:
            db.session.rollback()
            failed += 1
            click.echo(f"refused   {path}: {invalid.message}", err=True)
    if failed:
        raise SystemExit(1)

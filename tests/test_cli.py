"""The `factcheck` console script: create-user, demo, db upgrade."""
import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from factcheck.accounts.models import Role, User
from factcheck.articles.models import Article
from factcheck.cli import cli
from factcheck.extensions import db


def test_create_user_reads_the_password_from_stdin(app, runner):
    result = runner.invoke(cli, ["create-user", "Chief@Example.org", "--role", "editor"],
                           input="a very long password\n")
    assert result.exit_code == 0, result.output
    assert "Created chief@example.org (editor)." in result.output
    with app.app_context():
        user = db.session.scalar(sa.select(User))
        assert user.role == Role.EDITOR and user.check_password("a very long password")


def test_create_user_refuses_a_short_password_and_a_duplicate(app, runner):
    result = runner.invoke(cli, ["create-user", "a@example.org"], input="short\n")
    assert result.exit_code != 0 and "at least 10 characters" in result.output
    runner.invoke(cli, ["create-user", "a@example.org"], input="long enough password\n")
    result = runner.invoke(cli, ["create-user", "a@example.org"], input="long enough password\n")
    assert result.exit_code != 0 and "already exists" in result.output
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(User.id))) == 1


def test_password_is_never_an_argument(runner):
    result = runner.invoke(cli, ["create-user", "a@example.org", "--password", "x"])
    assert result.exit_code == 2 and "No such option" in result.output


def test_demo_loads_once_and_prints_passwords_once(app, runner, client):
    first = runner.invoke(cli, ["demo"])
    assert first.exit_code == 0, first.output
    lines = [line for line in first.output.splitlines() if "password:" in line]
    assert len(lines) == 3
    editor_line = next(line for line in lines if "editor@" in line)
    password = editor_line.split("password: ")[1]

    second = runner.invoke(cli, ["demo"])
    assert "already loaded" in second.output and "password:" not in second.output
    with app.app_context():
        [article] = db.session.scalars(sa.select(Article)).all()
        assert "Fictional demo article" in article.body

    client.post("/login", data={"email": "editor@demo.invalid", "password": password})
    page = client.get(f"/articles/{article.id}").get_data(as_text=True)
    assert "Envoys meet in Port Ellery" in page


def test_console_script_upgrades_a_fresh_database(tmp_path, database_url):
    script = Path(sys.executable).with_name("factcheck")
    env = {**os.environ, "FACTCHECK_INSTANCE_PATH": str(tmp_path / "instance"),
           "FACTCHECK_DATABASE_URL": database_url}
    result = subprocess.run([script, "db", "upgrade"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    engine = sa.create_engine(database_url)
    try:
        assert {"users", "articles", "claims", "events"} <= set(sa.inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert (tmp_path / "instance" / "secret_key").exists()


def test_bulk_import_reports_each_file(app, runner, tmp_path):
    first = tmp_path / "one.txt"
    first.write_text("Dock strike ends\n\nThe union said the strike was over.\n", encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_bytes(first.read_bytes())
    broken = tmp_path / "latin1.txt"
    broken.write_bytes("Caf\xe9 prices rose, the owners said.".encode("latin-1"))
    result = runner.invoke(cli, ["import", str(first), str(copy), str(broken)])
    assert result.exit_code == 1
    assert f"imported  {first} -> article 1" in result.output
    assert f"duplicate {copy} = article 1" in result.output
    assert "refused" in result.output and "not UTF-8" in result.output
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Article.id))) == 1

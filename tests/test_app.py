"""The factory, settings precedence, the secret key and the database connection."""
import sqlalchemy as sa

from factcheck.app import create_app
from factcheck.extensions import db


def test_settings_come_from_config_then_instance_then_environment(tmp_path, monkeypatch):
    instance = tmp_path / "instance"
    instance.mkdir()
    (instance / "settings.toml").write_text(
        'MAX_ARTICLE_BYTES = 2000\nPER_PAGE = 7\nORGANISATION_NAME = "Instance desk"\n')
    monkeypatch.setenv("FACTCHECK_INSTANCE_PATH", str(instance))
    monkeypatch.setenv("FACTCHECK_PER_PAGE", "11")

    app = create_app()

    assert app.config["EXTRACT_ON_IMPORT"] is True  # from config/settings.toml only
    assert app.config["MAX_ARTICLE_BYTES"] == 2000  # instance overrides config/
    assert app.config["ORGANISATION_NAME"] == "Instance desk"
    assert app.config["PER_PAGE"] == 11  # environment overrides instance
    assert create_app({"PER_PAGE": 3}).config["PER_PAGE"] == 3  # the test mapping comes last


def test_default_database_is_sqlite_in_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_INSTANCE_PATH", str(tmp_path))
    monkeypatch.delenv("FACTCHECK_DATABASE_URL", raising=False)
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'factcheck.db'}"


def test_database_url_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("FACTCHECK_DATABASE_URL", "postgresql+psycopg://someone@db.example/desk")
    app = create_app()
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://someone@db.example/desk"


def test_secret_key_is_generated_into_the_instance_once(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_INSTANCE_PATH", str(tmp_path / "instance"))
    monkeypatch.delenv("FACTCHECK_SECRET_KEY", raising=False)
    first = create_app().config["SECRET_KEY"]
    key_file = tmp_path / "instance" / "secret_key"
    assert key_file.read_text().strip() == first
    assert len(first) == 64
    assert key_file.stat().st_mode & 0o077 == 0  # readable by its owner only
    assert create_app().config["SECRET_KEY"] == first


def test_secret_key_from_the_environment_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("FACTCHECK_SECRET_KEY", "from-the-environment")
    assert create_app().config["SECRET_KEY"] == "from-the-environment"
    assert not (tmp_path / "secret_key").exists()


def test_sqlite_enforces_foreign_keys(app):
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        with app.app_context():
            assert db.session.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
    with app.app_context(), db.engine.connect() as connection:
        insert = sa.text("INSERT INTO claims (article_id, quote_type, text, start, \"end\", status, origin,"
                         " version, created_at, updated_at) VALUES (999, 'direct', 'x', 0, 1, 'new',"
                         " 'extracted', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
        try:
            connection.execute(insert)
            raised = False
        except sa.exc.IntegrityError:
            raised = True
    assert raised, "a claim of a missing article was accepted"


def test_unknown_page_is_404_with_a_message(client, make_user, login):
    login(make_user())
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert b"Not Found" in response.data

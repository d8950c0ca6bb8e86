"""Fixtures: a fresh database per test (SQLite, or PostgreSQL when FACTCHECK_TEST_DATABASE_URL is set)."""
import os
import uuid

import pytest
import sqlalchemy as sa

from factcheck.accounts.models import Role, User
from factcheck.app import create_app
from factcheck.extensions import db
from tests.helpers import TEST_PASSWORD, missing_notice, skip_or_fail_in_ci

POSTGRES_ENV = "FACTCHECK_TEST_DATABASE_URL"
REDIS_ENV = "FACTCHECK_TEST_REDIS_URL"
DEFAULT_REDIS = "redis://127.0.0.1:6379/0"


@pytest.fixture
def database_url(tmp_path):
    server_url = os.environ.get(POSTGRES_ENV)
    if not server_url:
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    with postgres_schema(server_url) as url:
        yield url


class postgres_schema:
    """A schema of its own on the PostgreSQL server, dropped afterwards."""

    def __init__(self, server_url: str):
        self.engine = sa.create_engine(server_url)
        self.schema = f"test_{uuid.uuid4().hex[:16]}"
        self.url = sa.make_url(server_url).update_query_dict({"options": f"-csearch_path={self.schema}"})

    def __enter__(self) -> str:
        try:
            with self.engine.begin() as connection:
                connection.execute(sa.text(f'CREATE SCHEMA "{self.schema}"'))
        except sa.exc.OperationalError as error:
            self.engine.dispose()
            message = f"PostgreSQL at {self.engine.url} is unreachable: {error}"
            if os.environ.get("CI") == "true":
                pytest.fail(message)
            pytest.skip(message)
        return self.url.render_as_string(hide_password=False)

    def __exit__(self, *exc_info) -> None:
        with self.engine.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{self.schema}" CASCADE'))
        self.engine.dispose()


@pytest.fixture
def make_app(database_url, tmp_path, monkeypatch):
    """Build an app on this test's database; the schema is created from the models."""
    monkeypatch.setenv("FACTCHECK_INSTANCE_PATH", str(tmp_path / "instance"))
    apps = []

    def build(create_tables: bool = True, **settings):
        # Jobs run inside the request unless a test asks for the real queue (tests/test_jobs.py).
        config = {"TESTING": True, "DATABASE_URL": database_url, "WTF_CSRF_ENABLED": False,
                  "QUEUE_IMMEDIATE": True, "QUEUE_NAME": f"factcheck-test-{uuid.uuid4().hex}", **settings}
        app = create_app(config)
        if create_tables:
            with app.app_context():
                db.create_all()
        apps.append(app)
        return app

    yield build
    for app in apps:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def app_context(app):
    with app.app_context():
        yield


@pytest.fixture
def make_user(app):
    """Create users: make_user(role="editor", email=None, active=True) -> User (detached ids)."""
    counter = iter(range(1, 10_000))

    def create(role: str = Role.REVIEWER, email: str | None = None, active: bool = True) -> User:
        with app.app_context():
            user = User(email=email or f"{role}{next(counter)}@example.org",
                        display_name=f"Test {role}", role=Role(role), active=active)
            user.set_password(TEST_PASSWORD)
            db.session.add(user)
            db.session.commit()
            db.session.refresh(user)
            db.session.expunge(user)
            return user

    return create


@pytest.fixture
def login(client):
    def log_in(user_or_email, password: str = TEST_PASSWORD):
        email = getattr(user_or_email, "email", user_or_email)
        return client.post("/login", data={"email": email, "password": password})

    return log_in


@pytest.fixture(params=["sqlite", "redis"])
def queue_app(request, make_app, tmp_path):
    """An app on the real job queue (no immediate mode): a SQLite file, or Redis under a name of its own.

    Nothing runs until a test starts a worker (factcheck.jobs.worker.worker_threads, or a process).
    """
    if request.param == "redis":
        url = os.environ.get(REDIS_ENV, DEFAULT_REDIS)
        if problem := redis_problem(url):
            skip_or_fail_in_ci(f"Redis at {url} is unreachable ({problem}): apt-get install redis-server, "
                               f"or set {REDIS_ENV}")
    else:
        url = f"sqlite:///{tmp_path / 'jobs.db'}"
    app = make_app(QUEUE_IMMEDIATE=False, QUEUE_URL=url)
    yield app
    app.extensions["jobs"].huey.storage.flush_all()  # this test's own queue keys only


def redis_problem(url: str) -> str | None:
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.exceptions.RedisError as error:
        return str(error)
    finally:
        client.close()
    return None


def pytest_terminal_summary(terminalreporter):
    if notice := missing_notice():
        terminalreporter.write_line(notice, yellow=True, bold=True)

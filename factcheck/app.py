"""The application factory."""
import sqlite3

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine

from . import errors, permissions, security
from .audit.sentences import sentence
from .extensions import csrf, db, login_manager, migrate
from .home import routes as home
from .jobs import queue as jobs
from .labels import label
from .settings import REPO_ROOT, instance_dir, load_settings

SQLITE_BUSY_MILLISECONDS = 30_000  # a writer waits for another's transaction instead of failing


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(
        __name__,
        template_folder=str(REPO_ROOT / "templates"),
        instance_path=str(instance_dir()),
    )
    load_settings(app, test_config)
    security.init_app(app)
    init_extensions(app)
    register_blueprints(app)
    security.limit_routes(app)
    jobs.init_app(app)
    errors.init_app(app)
    app.before_request(permissions.require_login)
    home.init_app(app)
    app.add_template_filter(label)
    app.add_template_filter(sentence)
    return app


def init_extensions(app: Flask) -> None:
    from . import models  # noqa: F401  (every table on the metadata before migrations look)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(REPO_ROOT / "migrations"))
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please log in to see this page."
    login_manager.login_message_category = "info"


def register_blueprints(app: Flask) -> None:
    from .accounts.routes import admin_bp, auth_bp
    from .articles import bulk_routes  # noqa: F401  (adds the bulk upload pages to the articles blueprint)
    from .articles.routes import bp as articles_bp
    from .claims.routes import bp as claims_bp
    from .reports.routes import bp as reports_bp
    from .review.routes import bp as review_bp
    from .speakers.routes import bp as speakers_bp

    for blueprint in (auth_bp, admin_bp, articles_bp, claims_bp, review_bp, reports_bp, speakers_bp):
        app.register_blueprint(blueprint)


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """Foreign keys on; WAL so that pages keep reading while a worker writes an article's claims."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MILLISECONDS}")
        cursor.close()

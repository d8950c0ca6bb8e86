"""Settings: config/settings.toml, then instance/settings.toml, then FACTCHECK_* variables."""
import os
import secrets
import tomllib
from pathlib import Path

from flask import Flask

REPO_ROOT = Path(__file__).resolve().parent.parent
SECRET_KEY_FILE = "secret_key"


def config_dir() -> Path:
    return Path(os.environ.get("FACTCHECK_CONFIG_DIR", REPO_ROOT / "config"))


def instance_dir() -> Path:
    return Path(os.environ.get("FACTCHECK_INSTANCE_PATH", REPO_ROOT / "instance"))


def load_settings(app: Flask, overrides: dict | None = None) -> None:
    app.config.from_file(str(config_dir() / "settings.toml"), load=tomllib.load, text=False)
    app.config.from_file(
        str(Path(app.instance_path) / "settings.toml"), load=tomllib.load, text=False, silent=True
    )
    app.config.from_prefixed_env("FACTCHECK")
    app.config.update(overrides or {})
    app.config["SQLALCHEMY_DATABASE_URI"] = app.config.get("DATABASE_URL") or default_database(app)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = instance_secret_key(Path(app.instance_path))


def default_database(app: Flask) -> str:
    return f"sqlite:///{Path(app.instance_path) / 'factcheck.db'}"


def instance_secret_key(instance_path: Path) -> str:
    """Read the instance's secret key, generating it on first start (never kept in the repo)."""
    path = instance_path / SECRET_KEY_FILE
    if not path.exists():
        instance_path.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return path.read_text().strip()

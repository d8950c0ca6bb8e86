"""Demo data: a fictional article and one account per role, with passwords shown once."""
import secrets
from importlib import resources

import sqlalchemy as sa

from ..accounts.models import Role, User
from ..accounts.services import create_user
from ..articles.models import Article, body_checksum
from ..articles.services import draft_from_paste, import_article

DEMO_ACCOUNTS = [
    ("reviewer@demo.invalid", "Demo Reviewer", Role.REVIEWER),
    ("editor@demo.invalid", "Demo Editor", Role.EDITOR),
    ("admin@demo.invalid", "Demo Admin", Role.ADMIN),
]


def demo_text() -> str:
    return resources.files(__package__).joinpath("article.txt").read_text(encoding="utf-8")


def demo_loaded(session) -> bool:
    checksum = body_checksum(demo_text())
    return session.scalar(sa.select(Article.id).where(Article.checksum == checksum)) is not None


def load_demo(session) -> list[tuple[User, str]]:
    """Create the demo accounts and article; returns each new account with its password."""
    created = []
    for email, name, role in DEMO_ACCOUNTS:
        if session.scalar(sa.select(User.id).where(User.email == email)) is None:
            password = secrets.token_urlsafe(12)
            created.append((create_user(None, email, name, password, role), password))
    if not demo_loaded(session):
        import_article(None, draft_from_paste(demo_text()))
    return created

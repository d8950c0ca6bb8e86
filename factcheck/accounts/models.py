import enum
import secrets
from datetime import datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from ..modeltypes import enum_column, timestamp, utcnow


class Role(enum.StrEnum):
    REVIEWER = "reviewer"
    EDITOR = "editor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return list(Role).index(self)


def new_session_token() -> str:
    return secrets.token_urlsafe(32)


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    display_name: Mapped[str] = mapped_column(sa.String(120))
    password_hash: Mapped[str] = mapped_column(sa.String(256))
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"), default=Role.REVIEWER)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = timestamp(default=utcnow)
    # Part of every session cookie; a new one ends all of the user's sessions (logout, new password).
    session_token: Mapped[str] = mapped_column(sa.String(64), default=new_session_token)

    @property
    def is_active(self) -> bool:
        return self.active

    def get_id(self) -> str:
        return f"{self.id}:{self.session_token}"

    def end_sessions(self) -> None:
        self.session_token = new_session_token()

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)
        self.end_sessions()

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    def has_role(self, role: Role) -> bool:
        """Roles nest: an admin may do what an editor may, an editor what a reviewer may."""
        return self.role.rank >= Role(role).rank

    def __repr__(self) -> str:
        return f"<User {self.email} {self.role}>"

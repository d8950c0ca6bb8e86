"""Account operations; each change writes an audit event. The caller commits."""
from functools import cache

import sqlalchemy as sa
from werkzeug.security import check_password_hash, generate_password_hash

from ..audit.services import record
from ..errors import Refused
from ..extensions import db
from .models import Role, User


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == normalise_email(email)))


@cache
def stand_in_hash() -> str:
    return generate_password_hash("no account has this password")


def authenticate(email: str, password: str) -> User:
    user = find_user(email)
    if user is None:
        check_password_hash(stand_in_hash(), password)  # as slow as a real check: no timing tell
        raise Refused("Wrong email or password.", 401)
    if not user.check_password(password):
        raise Refused("Wrong email or password.", 401)
    if not user.active:
        raise Refused("This account is deactivated; ask an administrator.", 403)
    return user


def create_user(actor: User | None, email: str, display_name: str, password: str, role: Role) -> User:
    if find_user(email) is not None:
        raise Refused(f"A user with the email {normalise_email(email)} already exists.")
    user = User(email=normalise_email(email), display_name=display_name.strip(), role=Role(role))
    user.set_password(password)
    db.session.add(user)
    db.session.flush()
    record(actor, "user_created", target_user=user, details={"role": user.role.value})
    return user


def set_active(actor: User, user: User, active: bool) -> None:
    if user.id == actor.id and not active:
        raise Refused("You cannot deactivate your own account.")
    if user.active == active:
        return
    user.active = active
    record(actor, "user_activated" if active else "user_deactivated", target_user=user)


def change_role(actor: User, user: User, role: Role) -> None:
    role = Role(role)
    if user.id == actor.id and role != user.role:
        raise Refused("You cannot change your own role.")
    if user.role == role:
        return
    record(actor, "user_role_changed", target_user=user,
           details={"from": user.role.value, "to": role.value})
    user.role = role


def change_password(user: User, current: str, new: str) -> None:
    if not user.check_password(current):
        raise Refused("Your current password is not right; nothing was changed.", 403)
    user.set_password(new)
    record(user, "password_changed", target_user=user)


def reset_password(actor: User, user: User, new: str) -> None:
    """An administrator sets a new password; every open session of the user ends."""
    user.set_password(new)
    record(actor, "password_reset", target_user=user)


def log_out(user: User) -> None:
    """End every session of the user, including copies of the cookie."""
    user.end_sessions()
    record(user, "logged_out", target_user=user)

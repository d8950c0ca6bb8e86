"""Account operations; each change writes an audit event. The caller commits."""
import sqlalchemy as sa

from ..audit.services import record
from ..errors import Refused
from ..extensions import db
from .models import Role, User


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user(email: str) -> User | None:
    return db.session.scalar(sa.select(User).where(User.email == normalise_email(email)))


def authenticate(email: str, password: str) -> User:
    user = find_user(email)
    if user is None or not user.check_password(password):
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

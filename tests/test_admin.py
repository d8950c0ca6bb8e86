"""Admins create users, deactivate them and change their roles; each change is audited."""
import sqlalchemy as sa

from factcheck.accounts.models import Role, User
from factcheck.audit.models import Event
from factcheck.extensions import db


def events(app, action):
    with app.app_context():
        return db.session.scalars(sa.select(Event).where(Event.action == action)).all()


def test_admin_creates_a_user_who_can_log_in(app, client, make_user, login):
    admin = make_user(Role.ADMIN)
    login(admin)
    response = client.post("/admin/users", data={
        "email": "New.Person@Example.org", "display_name": "New Person",
        "role": "editor", "password": "a long enough password"})
    assert response.status_code == 302
    with app.app_context():
        user = db.session.scalar(sa.select(User).where(User.email == "new.person@example.org"))
        assert user.role == Role.EDITOR and user.check_password("a long enough password")
    [event] = events(app, "user_created")
    assert event.actor_id == admin.id and event.details == {"role": "editor"}

    client.post("/logout")
    assert login("new.person@example.org", "a long enough password").status_code == 302


def test_duplicate_email_and_short_password_are_form_errors(app, client, make_user, login):
    admin = make_user(Role.ADMIN)
    login(admin)
    response = client.post("/admin/users", data={
        "email": admin.email, "display_name": "Twin", "role": "reviewer", "password": "long enough password"})
    assert response.status_code == 409
    assert b"already exists" in response.data
    response = client.post("/admin/users", data={
        "email": "short@example.org", "display_name": "Short", "role": "reviewer", "password": "short"})
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(User.id))) == 1


def test_admin_deactivates_and_reactivates(app, client, make_user, login):
    login(make_user(Role.ADMIN))
    user = make_user()
    client.post(f"/admin/users/{user.id}/active", data={"active": "0"})
    with app.app_context():
        assert db.session.get(User, user.id).active is False
    client.post(f"/admin/users/{user.id}/active", data={"active": "1"})
    with app.app_context():
        assert db.session.get(User, user.id).active is True
    assert len(events(app, "user_deactivated")) == 1
    assert len(events(app, "user_activated")) == 1


def test_admin_cannot_lock_themselves_out(app, client, make_user, login):
    admin = make_user(Role.ADMIN)
    login(admin)
    response = client.post(f"/admin/users/{admin.id}/active", data={"active": "0"})
    assert response.status_code == 409
    response = client.post(f"/admin/users/{admin.id}/role", data={f"u{admin.id}-role": "reviewer"})
    assert response.status_code == 409
    with app.app_context():
        stored = db.session.get(User, admin.id)
        assert stored.active and stored.role == Role.ADMIN
    assert events(app, "user_deactivated") == [] and events(app, "user_role_changed") == []


def test_admin_changes_a_role(app, client, make_user, login):
    login(make_user(Role.ADMIN))
    user = make_user()
    response = client.post(f"/admin/users/{user.id}/role", data={f"u{user.id}-role": "editor"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(User, user.id).role == Role.EDITOR
    [event] = events(app, "user_role_changed")
    assert event.details == {"from": "reviewer", "to": "editor"} and event.target_user_id == user.id


def test_unknown_role_is_refused(app, client, make_user, login):
    login(make_user(Role.ADMIN))
    user = make_user()
    response = client.post(f"/admin/users/{user.id}/role", data={f"u{user.id}-role": "owner"})
    assert response.status_code == 400
    with app.app_context():
        assert db.session.get(User, user.id).role == Role.REVIEWER

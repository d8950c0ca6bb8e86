"""Finding 5: security headers, the session cookie, sessions that end for real, passwords."""
import sqlalchemy as sa

from factcheck.accounts.models import Role, User
from factcheck.audit.models import Event
from factcheck.extensions import db
from tests.helpers import TEST_PASSWORD

NEW_PASSWORD = "a brand new passphrase"


def test_every_answer_carries_the_security_headers(client, make_user, login):
    login(make_user())
    for path in ("/login", "/articles/", "/static/style.css", "/no/such/page"):
        with client.get(path) as response:
            headers = response.headers
        csp = headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert "Strict-Transport-Security" not in headers


def test_session_cookie_is_samesite_and_secure_when_configured(make_app, make_user):
    user = make_user()
    for secure in (False, True):
        client = make_app(create_tables=False, SESSION_COOKIE_SECURE=secure).test_client()
        response = client.post("/login", data={"email": user.email, "password": TEST_PASSWORD},
                               base_url="https://localhost")
        cookie = response.headers["Set-Cookie"]
        assert "SameSite=Lax" in cookie and "HttpOnly" in cookie
        assert ("Secure" in cookie) is secure
        assert ("Strict-Transport-Security" in response.headers) is secure


def copied_session(app, client):
    """Another browser holding a copy of `client`'s session cookie."""
    thief = app.test_client()
    thief.set_cookie("session", client.get_cookie("session").value)
    return thief


def test_logging_out_ends_copies_of_the_cookie(app, client, make_user, login):
    user = make_user()
    login(user)
    thief = copied_session(app, client)
    assert thief.get("/articles/").status_code == 200
    client.post("/logout")
    assert thief.get("/articles/").status_code == 302
    with app.app_context():
        assert db.session.scalar(sa.select(Event.action).where(Event.target_user_id == user.id)) == "logged_out"


def test_user_changes_own_password_and_other_sessions_end(app, client, make_user, login):
    user = make_user()
    login(user)
    other_device = copied_session(app, client)
    response = client.post("/account/password", data={
        "current": TEST_PASSWORD, "new": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert client.get("/articles/").status_code == 200  # this session goes on
    assert other_device.get("/articles/").status_code == 302
    fresh = app.test_client()
    assert fresh.post("/login", data={"email": user.email, "password": TEST_PASSWORD}).status_code == 401
    assert fresh.post("/login", data={"email": user.email, "password": NEW_PASSWORD}).status_code == 302
    with app.app_context():
        assert db.session.scalar(sa.select(Event.action).where(Event.target_user_id == user.id)) == "password_changed"


def test_password_change_needs_the_current_password_and_matching_new_ones(app, client, make_user, login):
    user = make_user()
    login(user)
    wrong = client.post("/account/password", data={"current": "not it", "new": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert wrong.status_code == 403
    differ = client.post("/account/password", data={"current": TEST_PASSWORD, "new": NEW_PASSWORD, "confirm": "x"})
    assert differ.status_code == 400
    assert "The two new passwords differ." in differ.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(User, user.id).check_password(TEST_PASSWORD)


def test_admin_resets_a_password_audited_and_the_user_is_logged_out(app, client, make_user, login):
    admin, user = make_user(Role.ADMIN), make_user()
    users_session = app.test_client()
    users_session.post("/login", data={"email": user.email, "password": TEST_PASSWORD})
    login(admin)
    assert client.post(f"/admin/users/{user.id}/password", data={"password": NEW_PASSWORD}).status_code == 302
    assert users_session.get("/articles/").status_code == 302
    with app.app_context():
        assert db.session.get(User, user.id).check_password(NEW_PASSWORD)
        event = db.session.scalar(sa.select(Event).where(Event.action == "password_reset"))
        assert (event.actor_id, event.target_user_id) == (admin.id, user.id)


def test_only_admins_reset_passwords_and_short_ones_are_refused(app, client, make_user, login):
    editor, user = make_user(Role.EDITOR), make_user()
    login(editor)
    assert client.post(f"/admin/users/{user.id}/password", data={"password": NEW_PASSWORD}).status_code == 403
    client.post("/logout")
    login(make_user(Role.ADMIN))
    assert client.post(f"/admin/users/{user.id}/password", data={"password": "short"}).status_code == 400
    with app.app_context():
        assert db.session.get(User, user.id).check_password(TEST_PASSWORD)

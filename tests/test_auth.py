"""Logging in and out, refused logins, login-protected pages, roles and CSRF."""
import pytest

from factcheck.accounts.models import Role
from tests.helpers import TEST_PASSWORD, csrf_token_from

PUBLIC = {"auth.login", "static"}


def test_login_and_logout(client, make_user, login):
    user = make_user(Role.EDITOR)
    response = login(user)
    assert response.status_code == 302
    assert client.get("/articles/").status_code == 200

    response = client.post("/logout", follow_redirects=True)
    assert b"You are logged out." in response.data
    assert client.get("/articles/").status_code == 302


def test_wrong_password_is_refused(client, make_user, login):
    user = make_user()
    response = login(user, "not the password")
    assert response.status_code == 401
    assert b"Wrong email or password." in response.data
    assert client.get("/articles/").status_code == 302


def test_unknown_email_gets_the_same_answer(client, login):
    response = login("nobody@example.org")
    assert response.status_code == 401
    assert b"Wrong email or password." in response.data


def test_inactive_user_cannot_log_in(client, make_user, login):
    user = make_user(active=False)
    response = login(user)
    assert response.status_code == 403
    assert b"deactivated" in response.data
    assert client.get("/articles/").status_code == 302


def test_deactivated_user_loses_an_open_session(app, client, make_user, login):
    admin = make_user(Role.ADMIN)
    user = make_user()
    login(user)
    assert client.get("/articles/").status_code == 200
    other = app.test_client()
    other.post("/login", data={"email": admin.email, "password": TEST_PASSWORD})
    other.post(f"/admin/users/{user.id}/active", data={"active": "0"})
    assert client.get("/articles/").status_code == 302


def test_login_follows_only_local_next(client, make_user):
    user = make_user()
    data = {"email": user.email, "password": TEST_PASSWORD}
    response = client.post("/login?next=https://evil.example/", data=data)
    assert response.headers["Location"] == "/"
    client.post("/logout")
    response = client.post("/login?next=/articles/import", data=data)
    assert response.headers["Location"] == "/articles/import"


def example_url(rule) -> str:
    return rule.build({name: "csv" if name == "fmt" else 1 for name in rule.arguments})[1]


def protected_get_urls(app):
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC or "GET" not in rule.methods:
            continue
        yield example_url(rule)


def test_every_page_requires_login(app, client):
    urls = list(protected_get_urls(app))
    assert {"/admin/users", "/articles/import", "/queue", "/claims/1", "/articles/1/report",
            "/claimreview.json", "/exports/claims.csv"} <= set(urls)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.headers["Location"].startswith("/login"), url


def test_every_post_requires_login(app, client):
    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods and rule.endpoint not in PUBLIC | {"auth.logout"}:
            url = example_url(rule)
            response = client.post(url)
            assert response.status_code == 302 and "/login" in response.headers["Location"], url


@pytest.mark.parametrize("role", [Role.REVIEWER, Role.EDITOR])
def test_admin_page_is_refused_below_admin(client, make_user, login, role):
    login(make_user(role))
    assert client.get("/admin/users").status_code == 403
    assert client.post("/admin/users", data={"email": "x@example.org"}).status_code == 403


def test_admin_page_is_open_to_admins(client, make_user, login):
    login(make_user(Role.ADMIN))
    response = client.get("/admin/users")
    assert response.status_code == 200
    assert b"New user" in response.data


def test_post_without_csrf_token_is_refused(make_app, make_user):
    app = make_app(WTF_CSRF_ENABLED=True)
    user = make_user()
    client = app.test_client()
    response = client.post("/login", data={"email": user.email, "password": TEST_PASSWORD})
    assert response.status_code == 400
    assert b"security token" in response.data
    assert client.get("/articles/").status_code == 302

    token = csrf_token_from(client.get("/login").get_data(as_text=True))
    response = client.post("/login", data={"email": user.email, "password": TEST_PASSWORD, "csrf_token": token})
    assert response.status_code == 302
    assert client.get("/articles/").status_code == 200
    assert client.post("/logout").status_code == 400  # logging out needs the token too
    assert client.get("/articles/").status_code == 200


def test_passwords_are_stored_hashed(app, make_user):
    from factcheck.accounts.models import User
    from factcheck.extensions import db

    user = make_user()
    with app.app_context():
        stored = db.session.get(User, user.id).password_hash
    assert TEST_PASSWORD not in stored
    assert stored.startswith(("scrypt:", "pbkdf2:"))

"""Finding 3: logins resist guessing (throttled per account and per address, Redis or memory),
and an unknown email costs as much time as a known one."""
import gc
import os
import time
import uuid

import pytest

from factcheck.accounts.models import Role
from tests.helpers import TEST_PASSWORD, skip_or_fail_in_ci

REDIS_URL = os.environ.get("FACTCHECK_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def attempt(client, email: str, password: str) -> int:
    return client.post("/login", data={"email": email, "password": password}).status_code


def test_guessing_one_account_is_stopped_even_with_the_right_password_after(client, make_user):
    user = make_user()
    codes = [attempt(client, user.email, f"guess {n}") for n in range(50)]
    assert codes[:5] == [401] * 5
    assert set(codes[5:]) == {429}
    response = client.post("/login", data={"email": user.email, "password": TEST_PASSWORD})
    assert response.status_code == 429
    assert "Too many tries" in response.get_data(as_text=True)
    assert "Retry-After" in response.headers
    assert client.get("/articles/").status_code == 302  # not logged in


def test_the_account_limit_counts_the_account_whatever_its_spelling(client, make_user):
    user = make_user()
    for n in range(5):
        attempt(client, user.email.upper() if n % 2 else f"  {user.email} ", "wrong")
    assert attempt(client, user.email, TEST_PASSWORD) == 429


def test_one_address_trying_many_accounts_is_stopped(client):
    codes = [attempt(client, f"person{n}@example.org", "wrong") for n in range(25)]
    assert codes[:20] == [401] * 20
    assert set(codes[20:]) == {429}


def test_a_forwarded_address_is_ignored_unless_a_proxy_is_trusted(client):
    """Anyone can send X-Forwarded-For: with no trusted proxy it cannot buy a fresh allowance."""
    codes = [client.post("/login", data={"email": f"person{n}@example.org", "password": "wrong"},
                         headers={"X-Forwarded-For": f"198.51.100.{n}"}).status_code for n in range(25)]
    assert codes[:20] == [401] * 20 and set(codes[20:]) == {429}


def test_behind_a_trusted_proxy_each_client_address_is_counted_apart(make_app):
    client = make_app(TRUSTED_PROXIES=1).test_client()

    def attempt_from(address: str, n: int) -> int:
        return client.post("/login", data={"email": f"person{n}@example.org", "password": "wrong"},
                           headers={"X-Forwarded-For": address}).status_code

    assert [attempt_from("198.51.100.7", n) for n in range(21)] == [401] * 20 + [429]
    assert attempt_from("198.51.100.8", 99) == 401  # another client behind the same proxy
    assert attempt_from("203.0.113.1, 198.51.100.7", 100) == 429  # only the proxy's own entry is believed


def test_successful_logins_are_not_counted(make_app, make_user):
    app = make_app(LOGIN_LIMIT_PER_ACCOUNT="2 per minute")
    user = make_user()
    for _ in range(4):
        client = app.test_client()
        assert attempt(client, user.email, TEST_PASSWORD) == 302


def login_seconds(client, email: str) -> float:
    started = time.perf_counter()
    assert attempt(client, email, "a wrong password") == 401
    return time.perf_counter() - started


def test_unknown_email_takes_as_long_as_a_known_one(make_app, make_user):
    app = make_app(LOGIN_LIMIT_PER_ACCOUNT="100 per minute", LOGIN_LIMIT_PER_ADDRESS="100 per minute")
    user = make_user()
    client = app.test_client()
    login_seconds(client, "warm-up@example.org")
    known = min(login_seconds(client, user.email) for _ in range(3))
    unknown = min(login_seconds(client, f"nobody{n}@example.org") for n in range(3))
    assert unknown > 0.5 * known  # a password hash is checked either way (today: 2 ms against 63 ms)


@pytest.fixture
def redis_prefix():
    """A key prefix of this test's own in the shared Redis, its keys deleted afterwards."""
    import redis

    connection = redis.Redis.from_url(REDIS_URL)
    try:
        connection.ping()
    except redis.exceptions.ConnectionError as error:
        skip_or_fail_in_ci(f"Redis at {REDIS_URL} is unreachable: {error}")
    prefix = f"factcheck-test-{uuid.uuid4().hex}"
    yield connection, prefix
    for key in connection.scan_iter(match=f"*{prefix}*"):
        connection.delete(key)
    connection.close()


def test_counts_are_shared_through_redis_when_configured(make_app, make_user, redis_prefix):
    connection, prefix = redis_prefix
    settings = {"RATELIMIT_STORAGE_URI": REDIS_URL, "RATELIMIT_KEY_PREFIX": prefix}
    user = make_user(Role.EDITOR)
    first_worker = make_app(**settings).test_client()
    for _ in range(5):
        assert attempt(first_worker, user.email, "wrong") == 401
    second_worker = make_app(create_tables=False, **settings).test_client()
    assert attempt(second_worker, user.email, TEST_PASSWORD) == 429
    assert any(connection.scan_iter(match=f"*{prefix}*"))


def test_with_the_shared_store_down_logins_work_and_are_still_limited(make_app, make_user):
    app = make_app(RATELIMIT_STORAGE_URI="redis://127.0.0.1:1/0")  # nothing listens there
    user = make_user()
    assert attempt(app.test_client(), user.email, TEST_PASSWORD) == 302
    client = app.test_client()
    assert [attempt(client, user.email, "wrong") for _ in range(6)] == [401] * 5 + [429]


def test_with_rate_limits_switched_off_the_limited_routes_still_work(make_app, make_user):
    app = make_app(RATELIMIT_ENABLED=False)
    user = make_user()
    gc.collect()  # the limits hold their limiter weakly
    codes = [attempt(app.test_client(), user.email, TEST_PASSWORD) for _ in range(8)]
    assert codes == [302] * 8

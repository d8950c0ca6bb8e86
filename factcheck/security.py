"""Defences that apply to every request: input screening, id bounds, response headers, rate limits."""
from flask import Flask, abort, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import current_user
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from .accounts.services import normalise_email
from .validators import MAX_ID

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
    "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
])
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


class IdConverter(IntegerConverter):
    """`<int:...>` in routes: numbers beyond any id are a 404, not a database overflow."""

    def __init__(self, url_map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(url_map, *args, **kwargs)


def init_app(app: Flask) -> None:
    """Call before the routes are registered: they are built with the bounded id converter."""
    app.url_map.converters["int"] = IdConverter
    app.before_request(refuse_nul_bytes)
    app.after_request(add_security_headers)
    trust_proxies(app, int(app.config["TRUSTED_PROXIES"]))


def trust_proxies(app: Flask, hops: int) -> None:
    """Behind `hops` reverse proxies, the client's address, scheme and host are the ones they forward
    (the address is what login limits count by). With none, X-Forwarded-* headers are ignored: a
    client could otherwise claim any address and escape the limits."""
    if hops > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)


def login_failed(response) -> bool:
    return response.status_code == 401


def login_account() -> str:
    return "login-account:" + normalise_email(request.form.get("email", ""))


def setting(name: str):
    return lambda: current_app.config[name]


# Which routes are rate limited, how much (a setting), counted per what, and when a request counts.
ROUTE_LIMITS = {
    "auth.login": [
        {"limit_value": setting("LOGIN_LIMIT_PER_ADDRESS"), "methods": ["POST"], "deduct_when": login_failed},
        {"limit_value": setting("LOGIN_LIMIT_PER_ACCOUNT"), "methods": ["POST"], "deduct_when": login_failed,
         "key_func": login_account},
    ],
    "reports.article_report_pdf": [
        {"limit_value": setting("PUBLIC_PDF_LIMIT"), "exempt_when": lambda: current_user.is_authenticated},
    ],
}


def limit_routes(app: Flask) -> None:
    """Call after the routes are registered. One limiter per app: its own store and key prefix."""
    limiter = Limiter(get_remote_address, app=app)
    # The limits hold the limiter weakly, and with RATELIMIT_ENABLED = false Flask-Limiter keeps no
    # reference of its own: without this one the first limited request fails.
    app.extensions["factcheck_limiter"] = limiter
    for endpoint, limits in ROUTE_LIMITS.items():
        for limit in limits:
            app.view_functions[endpoint] = limiter.limit(**limit)(app.view_functions[endpoint])


def refuse_nul_bytes():
    """No text we store may hold a NUL (PostgreSQL refuses it); refuse it before anything reads it."""
    for key, value in [*request.args.items(multi=True), *request.form.items(multi=True)]:
        if "\x00" in key or "\x00" in value:
            abort(400, description="The request holds a NUL character, which no field accepts.")


def add_security_headers(response):
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if current_app.config["SESSION_COOKIE_SECURE"]:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response

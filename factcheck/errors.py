"""Error pages: a clear message in HTML or JSON, and a rollback before any error answer."""
from collections.abc import Callable

from flask import Flask, jsonify, render_template, request
from flask_limiter import RateLimitExceeded
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import HTTPException, InternalServerError

from .extensions import db


def wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return best == "application/json" and not request.accept_mimetypes.accept_html


def render_error(code: int, title: str, message: str):
    db.session.rollback()
    if wants_json():
        return jsonify(error=title, message=message), code
    return render_template("errors/error.html", code=code, title=title, message=message), code


# Blueprint name -> a function showing, after a refused POST, the page the form came from with the
# reason (or None when it has no such page); see `refusal_page`.
REFUSAL_PAGES: dict[str, Callable] = {}


def refusal_page(blueprint: str):
    """Register how `blueprint` shows a refused form: the page it came from, not a bare error."""

    def register(show: Callable) -> Callable:
        REFUSAL_PAGES[blueprint] = show
        return show

    return register


def refused(title: str, refusal: "Refused"):
    db.session.rollback()
    show = REFUSAL_PAGES.get(request.blueprint or "")
    if show and request.method == "POST" and current_user.is_authenticated and not wants_json():
        try:
            page = show(refusal)
        except HTTPException:  # the page it came from cannot be shown either (its arguments are bad)
            page = None
        if page is not None:
            return page
    return render_error(refusal.status, title, refusal.message)


def init_app(app: Flask) -> None:
    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError):
        message = "The form was stale or incomplete (missing security token). Reload the page and try again."
        return refused("Form expired", Refused(message, 400))

    @app.errorhandler(RateLimitExceeded)
    def too_many(error: RateLimitExceeded):
        return render_error(429, "Too many attempts", f"Too many tries ({error.description}); "
                            "wait a while and try again.")

    @app.errorhandler(Refused)
    def not_allowed(refusal: Refused):
        return refused("Not allowed", refusal)

    @app.errorhandler(StaleDataError)
    def concurrent_change(error: StaleDataError):
        return refused("Changed meanwhile", Refused("Someone saved this claim at the same moment; nothing of "
                                                    "yours was saved. The page shows the newer version.", 409))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        return render_error(error.code or 500, error.name, error.description or "")

    @app.errorhandler(InternalServerError)
    def unexpected_error(error: InternalServerError):
        return render_error(500, error.name, "Something went wrong; nothing was saved.")


class Refused(Exception):
    """A service refused an action; the message is for the user, the status for HTTP."""

    def __init__(self, message: str, status: int = 409):
        super().__init__(message)
        self.message = message
        self.status = status


def check_version(record, expected_version: int | None) -> None:
    """Refuse a change based on an older version of `record` than the stored one."""
    if expected_version is not None and expected_version != record.version:
        raise Refused("Someone changed this claim after you opened it. The page now shows the "
                      "newer version; check it and try again.", 409)

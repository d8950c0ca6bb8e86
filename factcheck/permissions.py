"""Who may see what: every view is behind a login unless listed here; roles are checked here."""
from functools import wraps

from flask import abort, current_app, request
from flask_login import current_user

from .accounts.models import Role
from .extensions import login_manager

PUBLIC_ENDPOINTS = {"auth.login", "static"}
# Published reports: readable without a login when the PUBLIC_REPORTS setting is on.
REPORT_ENDPOINTS = {"reports.article_report", "reports.article_report_pdf", "reports.claimreview_feed"}


def require_login():
    """A before_request hook: pages need a login unless they are explicitly public."""
    if request.endpoint in PUBLIC_ENDPOINTS or request.endpoint is None:
        return None
    if request.endpoint in REPORT_ENDPOINTS and current_app.config.get("PUBLIC_REPORTS"):
        return None
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    return None


def role_required(role: Role):
    """Refuse (403) a user whose role is below `role`."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if not current_user.has_role(role):
                abort(403, description=f"This page is for the {role} role and above.")
            return view(*args, **kwargs)

        return wrapped

    return decorator


def actor():
    """The logged-in user as a model instance (not Flask-Login's proxy), for services."""
    return current_user._get_current_object()

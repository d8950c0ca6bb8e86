"""Forms shared across domains."""
from flask import abort
from flask_wtf import FlaskForm


class ActionForm(FlaskForm):
    """An empty form: a POST button that carries the CSRF token."""


def require_valid(form: FlaskForm) -> FlaskForm:
    """Refuse (400) a POST whose form does not validate, for forms that are just buttons."""
    if not form.validate_on_submit():
        abort(400, description="The form was incomplete or out of date; reload the page and try again.")
    return form

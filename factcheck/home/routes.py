"""The home page: each role's work at a glance."""
from flask import Flask, render_template

from ..permissions import actor
from .sections import sections_for


def index():
    return render_template("home/index.html", groups=sections_for(actor()))


def init_app(app: Flask) -> None:
    # Kept as the app-wide "home" endpoint (not "home.index"): every page links to url_for("home").
    app.add_url_rule("/", "home", index)

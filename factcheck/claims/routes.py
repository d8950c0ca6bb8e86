from urllib.parse import parse_qsl, urlsplit

import sqlalchemy as sa
from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import BadRequest

from .. import keyset
from ..accounts.models import Role, User
from ..articles.models import Article
from ..articles.routes import show as show_article
from ..errors import Refused, refusal_page
from ..extensions import db
from ..lookup import as_picked
from ..permissions import actor, role_required
from ..review.services import TransitionInput
from ..review.workflow import STATUS_LABELS
from ..search.highlight import marked
from ..validators import local_target, parse_id
from .bulk import apply_to_each, check_request, done_message, matching_ids, refusal_lines
from .forms import ManualClaimForm, category_choices
from .models import Speaker
from .queue import SORT_LABELS, QueueFilter
from .services import add_manual_claim, resolve_selection

bp = Blueprint("claims", __name__)


@bp.get("/queue")
def queue():
    return render_queue(request.args, request.full_path)


def render_queue(args, back: str, status: int = 200, error: str | None = None, refusals: list[str] = ()):
    """The queue under `args`; after a refused bulk action, with the reason (nothing is lost)."""
    filters = QueueFilter.from_args(args)
    if args.get("mine"):
        filters.assignee = current_user.id
    counts = filters.status_counts()
    page = keyset.ordered(*filters.query(), args, current_app.config["PER_PAGE"], filters.total(counts))
    return render_template(
        "claims/queue.html", page=page, filters=filters, counts=counts, mine=args.get("mine"),
        back=back, error=error, refusals=refusals,
        status_labels=STATUS_LABELS, sort_labels=SORT_LABELS, categories=category_choices()[1:], marked=marked,
        users=db.session.scalars(sa.select(User).where(User.active).order_by(User.display_name)).all(),
        picked=picked_texts(filters, args),
    ), status


def picked_texts(filters: QueueFilter, args) -> dict[str, str]:
    """What the speaker and article pickers show: the chosen record as "Name #12", or the text that
    named nothing. The page's claims are in the session already, so this seldom costs a query."""
    shown = {}
    for name, model, text in (("speaker", Speaker, "name"), ("article", Article, "title")):
        chosen = getattr(filters, name)
        record = db.session.get(model, chosen) if chosen is not None else None
        shown[name] = as_picked(getattr(record, text), record.id) if record else args.get(name, "")
    return shown


@bp.post("/queue/bulk")
@role_required(Role.EDITOR)
def bulk():
    """Take, assign, dismiss or approve the chosen claims, or all matching the page's filter, one by one."""
    back = came_from()
    action = request.form.get("action", "")
    try:
        data = TransitionInput(assignee=chosen_assignee(), reason=request.form.get("reason", ""))
        check_request(action, actor(), data)
        ids = chosen_claims(args_of(back))
    except BadRequest as error:
        raise Refused(error.description, 400) from None
    result = apply_to_each(action, ids, actor(), data)
    if not result.done:
        return render_queue(args_of(back), back, 409, "Nothing was changed.", refusal_lines(result))
    flash(done_message(action, result), "success")
    for line in refusal_lines(result):
        flash(line, "error")
    return redirect(back)


@refusal_page("claims")
def page_with(refusal: Refused):
    """A refused form shows the page it came from: the queue, or the article a claim was added on."""
    if request.endpoint == "claims.bulk":
        back = came_from()
        return render_queue(args_of(back), back, refusal.status, refusal.message)
    if request.endpoint == "claims.add_claim":
        flash(refusal.message, "error")  # shown by the page rendered now
        return show_article(request.view_args["article_id"]), refusal.status
    return None


def came_from() -> str:
    return local_target(request.form.get("back"), url_for("claims.queue"))


def args_of(url: str) -> MultiDict:
    return MultiDict(parse_qsl(urlsplit(url).query))


def chosen_assignee() -> User | None:
    assignee_id = parse_id(request.form.get("assignee_id"), "assignee")
    return db.session.get(User, assignee_id) if assignee_id else None


def chosen_claims(back_args) -> list[int]:
    if request.form.get("scope") == "matching":
        filters = QueueFilter.from_args(back_args)
        if back_args.get("mine"):
            filters.assignee = current_user.id
        return matching_ids(filters)
    ids = [parse_id(value, "claim") for value in request.form.getlist("claim_ids") if value.strip()]
    if not ids:
        raise Refused("Select at least one claim, or all claims matching the filter.", 422)
    return ids


@bp.post("/articles/<int:article_id>/claims")
def add_claim(article_id: int):
    article = db.get_or_404(Article, article_id)
    form = ManualClaimForm()
    if not form.validate_on_submit():
        raise Refused("Select the claim's text in the article first.", 400)
    start, end = resolve_selection(article.body, form.start.data, form.end.data, form.selected_text.data)
    claim = add_manual_claim(article, actor(), start, end, form.speaker_name.data, form.quote_type.data)
    db.session.commit()
    flash("Claim added.", "success")
    return redirect(url_for("review.claim", claim_id=claim.id))

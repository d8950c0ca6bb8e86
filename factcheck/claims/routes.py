import sqlalchemy as sa
from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..accounts.models import Role, User
from ..articles.models import Article
from ..errors import Refused
from ..extensions import db
from ..permissions import actor, role_required
from ..review.services import TransitionInput, take_transition
from ..review.workflow import STATUS_LABELS
from ..search.highlight import marked
from ..validators import local_target, parse_id
from .forms import ManualClaimForm, category_choices
from .models import Claim, Speaker
from .queue import QueueFilter, page_number
from .services import add_manual_claim, resolve_selection

bp = Blueprint("claims", __name__)


@bp.get("/queue")
def queue():
    filters = QueueFilter.from_args(request.args)
    if request.args.get("mine"):
        filters.assignee = current_user.id
    page = db.paginate(filters.query(), page=page_number(request.args), per_page=current_app.config["PER_PAGE"],
                       error_out=False)
    return render_template(
        "claims/queue.html", page=page, filters=filters, counts=filters.status_counts(),
        status_labels=STATUS_LABELS, categories=category_choices()[1:], marked=marked,
        users=db.session.scalars(sa.select(User).where(User.active).order_by(User.display_name)).all(),
        speakers=db.session.execute(sa.select(Speaker.id, Speaker.name).where(Speaker.merged_into_id.is_(None))
                                    .order_by(Speaker.name_key)).all(),
        articles=db.session.execute(sa.select(Article.id, Article.title).order_by(Article.id.desc())).all(),
    )


@bp.post("/queue/bulk")
@role_required(Role.EDITOR)
def bulk():
    """Assign or dismiss many claims at once; all of them change, or none does."""
    action = request.form.get("action")
    if action not in ("assign", "dismiss"):
        raise Refused("Choose assign or dismiss.", 400)
    ids = [parse_id(value, "claim") for value in request.form.getlist("claim_ids") if value.strip()]
    if not ids:
        raise Refused("Select at least one claim.", 400)
    assignee = db.session.get(User, parse_id(request.form.get("assignee_id"), "assignee") or 0)
    data = TransitionInput(assignee=assignee, reason=request.form.get("reason", ""))
    claims = db.session.scalars(sa.select(Claim).where(Claim.id.in_(ids))).all()
    for claim in claims:
        try:
            take_transition(action, claim, actor(), data)
        except Refused as refusal:
            raise Refused(f"Claim {claim.id}: {refusal.message} Nothing was changed.", refusal.status) from None
    db.session.commit()
    flash(f"{action.title()}: {len(claims)} claims.", "success")
    return redirect(local_target(request.form.get("back"), url_for("claims.queue")))


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

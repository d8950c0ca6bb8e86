import sqlalchemy as sa
from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms import SelectChoice

from ..accounts.models import Role, User
from ..articles.models import Article
from ..errors import Refused
from ..extensions import db
from ..permissions import actor, role_required
from ..review.models import Verdict
from ..review.services import TransitionInput, take_transition
from ..review.workflow import STATUS_LABELS
from .forms import ManualClaimForm, MergeForm, category_choices
from .models import Claim, Speaker
from .queue import QueueFilter
from .services import add_manual_claim, resolve_selection
from .speakers import merge_speakers

bp = Blueprint("claims", __name__)


@bp.get("/queue")
def queue():
    filters = QueueFilter.from_args(request.args)
    if request.args.get("mine"):
        filters.assignee = current_user.id
    page = db.paginate(filters.query(), per_page=current_app.config["PER_PAGE"], error_out=False)
    return render_template(
        "claims/queue.html", page=page, filters=filters, counts=filters.status_counts(),
        status_labels=STATUS_LABELS, categories=category_choices()[1:],
        users=db.session.scalars(sa.select(User).where(User.active).order_by(User.display_name)).all(),
        speakers=db.session.execute(sa.select(Speaker.id, Speaker.name).order_by(Speaker.name)).all(),
        articles=db.session.execute(sa.select(Article.id, Article.title).order_by(Article.id.desc())).all(),
    )


@bp.post("/queue/bulk")
@role_required(Role.EDITOR)
def bulk():
    """Assign or dismiss many claims at once; all of them change, or none does."""
    action = request.form.get("action")
    if action not in ("assign", "dismiss"):
        raise Refused("Choose assign or dismiss.", 400)
    ids = [int(value) for value in request.form.getlist("claim_ids") if value.isdigit()]
    if not ids:
        raise Refused("Select at least one claim.", 400)
    assignee = db.session.get(User, int(request.form.get("assignee_id") or 0))
    data = TransitionInput(assignee=assignee, reason=request.form.get("reason", ""))
    claims = db.session.scalars(sa.select(Claim).where(Claim.id.in_(ids))).all()
    for claim in claims:
        try:
            take_transition(action, claim, actor(), data)
        except Refused as refusal:
            raise Refused(f"Claim {claim.id}: {refusal.message} Nothing was changed.", refusal.status) from None
    db.session.commit()
    flash(f"{action.title()}: {len(claims)} claims.", "success")
    return redirect(request.form.get("back") or url_for("claims.queue"))


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


@bp.get("/speakers/<int:speaker_id>")
def speaker(speaker_id: int):
    speaker = db.get_or_404(Speaker, speaker_id)
    claims = db.session.scalars(
        sa.select(Claim).where(Claim.speaker_id == speaker.id).order_by(Claim.id.desc())).all()
    published = {v.claim_id: v for v in db.session.scalars(
        sa.select(Verdict).join(Claim).where(Claim.speaker_id == speaker.id, Verdict.published))}
    form = MergeForm()
    form.other_id.choices = [SelectChoice(s.id, s.name) for s in db.session.execute(
        sa.select(Speaker.id, Speaker.name).where(Speaker.id != speaker.id).order_by(Speaker.name))]
    return render_template("claims/speaker.html", speaker=speaker, claims=claims, published=published,
                           merge_form=form, status_labels=STATUS_LABELS)


@bp.post("/speakers/<int:speaker_id>/merge")
@role_required(Role.EDITOR)
def merge(speaker_id: int):
    """Merge this speaker into the chosen one."""
    merged = db.get_or_404(Speaker, speaker_id)
    form = MergeForm()
    keep = db.session.get(Speaker, form.other_id.data or 0) if form.validate_on_submit() else None
    if keep is None:
        raise Refused("Choose the speaker to merge into.", 400)
    merge_speakers(actor(), keep, merged)
    db.session.commit()
    flash(f"Merged {merged.name} into {keep.name}.", "success")
    return redirect(url_for("claims.speaker", speaker_id=keep.id))

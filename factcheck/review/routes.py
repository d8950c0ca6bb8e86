from flask import Blueprint, flash, redirect, url_for

from ..accounts.models import User
from ..claims.forms import CorrectionForm
from ..claims.models import Claim, QuoteType
from ..claims.services import correct_claim
from ..claims.speakers import add_speaker_aliases, get_or_create_speaker
from ..errors import Refused
from ..extensions import db
from ..permissions import actor
from . import evidence
from .forms import CommentForm, SourceForm, TransitionForm, VerdictForm
from .page import render_claim, speaker_choices
from .services import TransitionInput, take_transition

bp = Blueprint("review", __name__, url_prefix="/claims")


@bp.get("/<int:claim_id>")
def claim(claim_id: int):
    return render_claim(db.get_or_404(Claim, claim_id))


def refused_page(claim_id: int, refusal: Refused, **forms):
    """Roll back, reload the newest data and show it with the reason nothing was saved."""
    db.session.rollback()
    claim = db.get_or_404(Claim, claim_id)
    return render_claim(claim, refusal.status, refusal.message, **forms)


def saved(claim: Claim, message: str):
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("review.claim", claim_id=claim.id))


@bp.post("/<int:claim_id>/transitions/<name>")
def transition(claim_id: int, name: str):
    claim = db.get_or_404(Claim, claim_id)
    form = TransitionForm(prefix="t")
    if not form.validate_on_submit():
        return refused_page(claim_id, Refused("The form was incomplete; reload the page and try again.", 400))
    data = TransitionInput(
        expected_version=form.version.data,
        assignee=db.session.get(User, form.assignee_id.data) if form.assignee_id.data else None,
        comment=form.comment.data or "", reason=form.reason.data or "")
    try:
        taken = take_transition(name, claim, actor(), data)
        return saved(claim, f"{taken.label}: done.")
    except Refused as refusal:
        return refused_page(claim_id, refusal)


@bp.post("/<int:claim_id>/sources")
def add_source(claim_id: int):
    claim = db.get_or_404(Claim, claim_id)
    form = SourceForm(prefix="source")
    if not form.validate_on_submit():
        return render_claim(claim, 400, "The source was not added; see the errors below.", source_form=form)
    data = evidence.SourceInput(**{name: form[name].data or None for name in (
        "url", "kind", "stance", "title", "publisher", "published_on", "accessed_on", "excerpt")})
    try:
        evidence.add_source(claim, actor(), data, form.version.data)
        return saved(claim, "Source added.")
    except Refused as refusal:
        return refused_page(claim_id, refusal, source_form=form)


@bp.post("/<int:claim_id>/verdict")
def save_verdict(claim_id: int):
    claim = db.get_or_404(Claim, claim_id)
    form = VerdictForm(prefix="verdict")
    if not form.validate_on_submit():
        return render_claim(claim, 400, "The verdict was not saved; see the errors below.", verdict_form=form)
    data = evidence.VerdictInput(form.attribution.data or None, form.veracity.data or None,
                                 form.summary.data or "", form.rationale.data or "")
    try:
        evidence.save_verdict(claim, actor(), data, form.version.data)
        return saved(claim, "Verdict saved.")
    except Refused as refusal:
        return refused_page(claim_id, refusal, verdict_form=form)


@bp.post("/<int:claim_id>/comments")
def add_comment(claim_id: int):
    claim = db.get_or_404(Claim, claim_id)
    form = CommentForm(prefix="comment")
    if not form.validate_on_submit():
        return render_claim(claim, 400, "The comment is empty.", comment_form=form)
    evidence.add_comment(claim, actor(), form.body.data)
    return saved(claim, "Comment added.")


@bp.post("/<int:claim_id>/correct")
def correct(claim_id: int):
    claim = db.get_or_404(Claim, claim_id)
    form = CorrectionForm(prefix="fix")
    form.speaker_id.choices = speaker_choices()
    if not form.validate_on_submit():
        return render_claim(claim, 400, "Nothing was corrected; see the errors below.", correction_form=form)
    try:
        correct_claim(claim, actor(), corrections_from(form), form.version.data)
        if claim.speaker and form.aliases.data:
            add_speaker_aliases(actor(), claim.speaker, form.aliases.data.split(","))
        return saved(claim, "Claim corrected.")
    except Refused as refusal:
        return refused_page(claim_id, refusal, correction_form=form)


def corrections_from(form: CorrectionForm) -> dict:
    """The corrected fields; a new speaker's name creates (or finds) that speaker."""
    changes = {name: form[name].data or None for name in (
        "speaker_role", "cue", "channel", "statement_date", "category")}
    changes.update(quote_type=QuoteType(form.quote_type.data), start=form.start.data, end=form.end.data,
                   speaker_id=form.speaker_id.data or None)
    if form.new_speaker.data and form.new_speaker.data.strip():
        changes["speaker_id"] = get_or_create_speaker(form.new_speaker.data).id
        changes["speaker_mention"] = form.new_speaker.data.strip()
    return changes

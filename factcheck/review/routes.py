from flask import Blueprint, flash, redirect, request, url_for

from ..accounts.models import User
from ..claims.forms import CorrectionForm
from ..claims.models import Claim, QuoteType
from ..claims.services import correct_claim
from ..errors import Refused, refusal_page
from ..extensions import db
from ..home.next_claim import moving_on
from ..lookup import PICKED, picked_id
from ..permissions import actor
from ..speakers.registry import add_aliases
from ..speakers.services import speaker_for
from . import evidence
from .forms import CommentForm, SourceForm, TransitionForm, VerdictForm
from .page import load_claim, render_claim
from .services import TransitionInput, take_transition

bp = Blueprint("review", __name__, url_prefix="/claims")


@bp.get("/<int:claim_id>")
def claim(claim_id: int):
    return render_claim(load_claim(claim_id))


def refused_page(claim_id: int, refusal: Refused, **forms):
    """Roll back, reload the newest data and show it with the reason nothing was saved."""
    db.session.rollback()
    claim = load_claim(claim_id)
    return render_claim(claim, refusal.status, refusal.message, **forms)


@refusal_page("review")
def claim_page_with(refusal: Refused):
    """A refusal raised outside the views' own handling (a stale form, a race lost at commit)."""
    claim_id = (request.view_args or {}).get("claim_id")
    return refused_page(claim_id, refusal) if claim_id is not None else None


def saved(claim: Claim, message: str, target: str | None = None):
    db.session.commit()
    flash(message, "success")
    return redirect(target or url_for("review.claim", claim_id=claim.id))


@bp.post("/<int:claim_id>/transitions/<name>")
def transition(claim_id: int, name: str):
    claim = load_claim(claim_id)
    form = TransitionForm(prefix="t")
    if not form.validate_on_submit():
        return refused_page(claim_id, Refused("The form was incomplete; reload the page and try again.", 400))
    data = TransitionInput(
        expected_version=form.version.data,
        assignee=db.session.get(User, form.assignee_id.data) if form.assignee_id.data else None,
        comment=form.comment.data or "", reason=form.reason.data or "")
    try:
        taken = take_transition(name, claim, actor(), data)
        return saved(claim, *moving_on(taken, claim, actor()))
    except Refused as refusal:
        return refused_page(claim_id, refusal)


def apply_form(claim_id: int, form_name: str, form, invalid: str, change, done: str):
    """Validate `form`, apply `change(claim)` and commit; on a refusal show the claim, form kept."""
    claim = load_claim(claim_id)
    if not form.validate_on_submit():
        return render_claim(claim, 400, invalid, **{form_name: form})
    try:
        change(claim)
        return saved(claim, done)
    except Refused as refusal:
        return refused_page(claim_id, refusal, **{form_name: form})


@bp.post("/<int:claim_id>/sources")
def add_source(claim_id: int):
    form = SourceForm(prefix="source")

    def change(claim: Claim) -> None:
        data = evidence.SourceInput(**{name: form[name].data or None for name in (
            "url", "kind", "stance", "title", "publisher", "published_on", "accessed_on", "excerpt")})
        evidence.add_source(claim, actor(), data, form.version.data)

    return apply_form(claim_id, "source_form", form, "The source was not added; see the errors below.",
                      change, "Source added.")


@bp.post("/<int:claim_id>/verdict")
def save_verdict(claim_id: int):
    form = VerdictForm(prefix="verdict")

    def change(claim: Claim) -> None:
        data = evidence.VerdictInput(form.attribution.data or None, form.veracity.data or None,
                                     form.summary.data or "", form.rationale.data or "")
        evidence.save_verdict(claim, actor(), data, form.version.data)

    return apply_form(claim_id, "verdict_form", form, "The verdict was not saved; see the errors below.",
                      change, "Verdict saved.")


@bp.post("/<int:claim_id>/comments")
def add_comment(claim_id: int):
    form = CommentForm(prefix="comment")
    return apply_form(claim_id, "comment_form", form, "The comment is empty.",
                      lambda claim: evidence.add_comment(claim, actor(), form.body.data), "Comment added.")


@bp.post("/<int:claim_id>/correct")
def correct(claim_id: int):
    form = CorrectionForm(prefix="fix")

    def change(claim: Claim) -> None:
        correct_claim(claim, actor(), corrections_from(claim, form), form.version.data)
        if claim.speaker and form.aliases.data:
            add_aliases(actor(), claim.speaker, form.aliases.data.split(","))

    return apply_form(claim_id, "correction_form", form, "Nothing was corrected; see the errors below.",
                      change, "Claim corrected.")


def corrections_from(claim: Claim, form: CorrectionForm) -> dict:
    """The corrected fields; a new speaker's name finds that speaker, or creates them."""
    changes = {name: form[name].data or None for name in (
        "speaker_role", "cue", "channel", "statement_date", "category")}
    changes.update(quote_type=QuoteType(form.quote_type.data), start=form.start.data, end=form.end.data,
                   speaker_id=form.speaker_id.data or None)
    typed = (form.new_speaker.data or "").strip()
    if typed:
        chosen = picked_id(typed, "speaker")  # a suggestion ("Name #12") names the speaker exactly
        changes["speaker_id"] = chosen if chosen is not None else speaker_for(
            claim.article, typed, form.new_speaker_kind.data, actor=actor()).id
        changes["speaker_mention"] = PICKED.sub("", typed).strip() or None
    return changes

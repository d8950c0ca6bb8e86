from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict

from ..accounts.models import Role
from ..claims.models import Claim, Speaker, SpeakerKind
from ..errors import Refused
from ..extensions import db
from ..lookup import picked_id, speaker_named, speaker_suggestions
from ..permissions import actor, role_required
from ..review.workflow import STATUS_LABELS
from . import pages, registry, suggestions
from .forms import AliasForm, MergeForm, SpeakerForm, SplitForm
from .models import SpeakerMerge

bp = Blueprint("speakers", __name__, url_prefix="/speakers")


@bp.get("/")
def index():
    q, kind = request.args.get("q", "")[:200], request.args.get("kind", "")
    kind = kind if kind in set(SpeakerKind) else ""
    everyone = bool(request.args.get("all"))
    page = pages.speakers_page(q, kind, everyone, request.args)
    return render_template("speakers/index.html", page=page, counts=pages.claim_counts(page.items),
                           q=q, kind=kind, everyone=everyone, kinds=list(SpeakerKind))


@bp.get("/lookup.json")
def lookup():
    """Suggestions for a speaker picker."""
    return jsonify(speaker_suggestions(request.args.get("q", "")[:200]))


@bp.get("/<int:speaker_id>")
def show(speaker_id: int):
    speaker = pages.load_speaker(speaker_id)
    form = SpeakerForm(obj=speaker, kind=speaker.kind.value)
    return render_template(
        "speakers/show.html", speaker=speaker, form=form, alias_form=AliasForm(), split_form=SplitForm(),
        claims=pages.speaker_claims(speaker, request.args), roles=pages.role_history(speaker),
        record=pages.track_record(speaker), merges=pages.open_merges(speaker),
        events=pages.registry_events(speaker), suggested=suggestions.suggestions(speaker),
        status_labels=STATUS_LABELS)


def done(speaker: Speaker, message: str):
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("speakers.show", speaker_id=speaker.id))


def valid(form) -> None:
    if not form.validate_on_submit():
        problems = "; ".join(f"{form[name].label.text}: {' '.join(errors)}" for name, errors in form.errors.items())
        raise Refused(f"Nothing was changed: {problems or 'the form was incomplete'}.", 400)


def picked_speaker(text: str, beside: Speaker) -> Speaker:
    """The live speaker a picker names ("Name #12", an id, or a whole name shared or of `beside`'s article)."""
    chosen = picked_id(text, "speaker")
    if chosen is None:
        named = speaker_named(text, beside.article_id)
        if named is None:
            raise Refused(f"No speaker is called “{text.strip()[:80]}” (or more than one is): "
                          "choose one of the suggestions.", 400)
        chosen = named.id
    return registry.live_speaker(chosen)


@bp.post("/<int:speaker_id>/edit")
@role_required(Role.EDITOR)
def edit(speaker_id: int):
    speaker, form = registry.live_speaker(speaker_id), SpeakerForm()
    valid(form)
    changed = registry.edit_speaker(actor(), speaker, form.name.data, form.role.data, form.kind.data,
                                    form.external_id.data)
    return done(speaker, f"Saved: {', '.join(changed)}." if changed else "Nothing had changed.")


@bp.post("/<int:speaker_id>/aliases")
@role_required(Role.EDITOR)
def add_aliases(speaker_id: int):
    speaker, form = registry.live_speaker(speaker_id), AliasForm()
    valid(form)
    added = registry.add_aliases(actor(), speaker, form.aliases.data.split(","))
    return done(speaker, f"Added {', '.join(added)}." if added else "Those names were there already.")


@bp.post("/<int:speaker_id>/aliases/<int:alias_id>/delete")
@role_required(Role.EDITOR)
def remove_alias(speaker_id: int, alias_id: int):
    speaker = registry.live_speaker(speaker_id)
    return done(speaker, f"Removed the alias {registry.remove_alias(actor(), speaker, alias_id)}.")


@bp.post("/<int:speaker_id>/split")
@role_required(Role.EDITOR)
def split(speaker_id: int):
    speaker, form = registry.live_speaker(speaker_id), SplitForm()
    valid(form)
    target = picked_speaker(form.target_id.data, speaker) if (form.target_id.data or "").strip() else None
    target = registry.split_speaker(actor(), speaker, form.claim_ids.data, target, form.new_name.data)
    return done(target, f"Moved the chosen claims of {speaker.name} to {target.name}.")


@bp.get("/<int:speaker_id>/merge")
@role_required(Role.EDITOR)
def confirm_merge(speaker_id: int):
    merged = registry.live_speaker(speaker_id)
    keep = picked_speaker(request.args.get("other_id", ""), merged)
    if keep.id == merged.id:
        raise Refused("Choose another speaker to merge into.", 400)
    sides = [(side, pages.speaker_claims(side, MultiDict()), pages.role_history(side)) for side in (merged, keep)]
    return render_template("speakers/merge.html", merged=merged, keep=keep, sides=sides,
                           form=MergeForm(other_id=keep.id))


@bp.post("/<int:speaker_id>/merge")
@role_required(Role.EDITOR)
def merge(speaker_id: int):
    merged, form = registry.live_speaker(speaker_id), MergeForm()
    valid(form)
    keep = registry.live_speaker(form.other_id.data)
    registry.merge_speakers(actor(), keep, merged)
    return done(keep, f"Merged {merged.name} into {keep.name}. You can undo this below.")


@bp.post("/merges/<int:merge_id>/undo")
@role_required(Role.EDITOR)
def undo_merge(merge_id: int):
    merge = db.get_or_404(SpeakerMerge, merge_id)
    returned = registry.undo_merge(actor(), merge)
    return done(merge.merged, f"Undid the merge: {returned} claims are back with {merge.merged.name}.")


@bp.post("/suggestions/<int:claim_id>/<int:shared_id>/<answer>")
def answer_suggestion(claim_id: int, shared_id: int, answer: str):
    """A reviewer's answer to "Is this the same person as …?", asked on a claim's page."""
    if answer not in ("accept", "decline"):
        abort(404)
    claim = db.get_or_404(Claim, claim_id)
    user = actor()
    if claim.assignee_id != user.id and not user.has_role(Role.EDITOR):
        raise Refused("Only the reviewer assigned to this claim, or an editor, may answer.", 403)
    if claim.speaker is None:
        raise Refused("This claim has no speaker to compare.", 409)
    shared = registry.live_speaker(shared_id)
    if answer == "accept":
        suggestions.accept(user, claim.speaker, shared)
        message = f"Credited to {shared.name}, with every claim of the same speaker in this article."
    else:
        suggestions.decline(user, claim.speaker, shared)
        message = f"Kept apart from {shared.name}."
    db.session.commit()
    flash(message, "success")
    return redirect(url_for("review.claim", claim_id=claim.id))

"""Everything the claim page shows, gathered in one place."""
import re

import sqlalchemy as sa
from flask import render_template
from flask_login import current_user
from sqlalchemy.orm import joinedload
from wtforms import SelectChoice

from ..accounts.models import User
from ..audit.models import Event
from ..claims.forms import CorrectionForm
from ..claims.models import Claim, ClaimStatus, Speaker
from ..extensions import db
from ..speakers.suggestions import suggestions
from .forms import CommentForm, SourceForm, TransitionForm, VerdictForm
from .models import Comment, Decision, Source, Verdict
from .publications import history
from .returns import latest_returns
from .scales import scales
from .services import available_transitions
from .workflow import STATUS_LABELS

PARAGRAPH_BREAK = re.compile(r"\r?\n[ \t]*\r?\n")


def paragraph_around(body: str, start: int, end: int) -> tuple[str, str, str]:
    """The text before the claim in its paragraph, the claim, and the text after it."""
    para_start = max((m.end() for m in PARAGRAPH_BREAK.finditer(body, 0, start)), default=0)
    following = PARAGRAPH_BREAK.search(body, end)
    para_end = following.start() if following else len(body)
    return body[para_start:start], body[start:end], body[end:para_end]


def active_users() -> list[User]:
    return db.session.scalars(sa.select(User).where(User.active).order_by(User.display_name)).all()


SPEAKER_CHOICES = 30


def speaker_choices(claim: Claim) -> list[SelectChoice]:
    """The claim's speaker and the article's busiest ones; anyone else is picked by name."""
    in_article = (sa.select(Claim.speaker_id, sa.func.count().label("claims"))
                  .where(Claim.article_id == claim.article_id).group_by(Claim.speaker_id).subquery())
    speakers = db.session.execute(
        sa.select(Speaker.id, Speaker.name, Speaker.article_id).join(in_article, in_article.c.speaker_id == Speaker.id)
        .where(Speaker.merged_into_id.is_(None), Speaker.id != claim.speaker_id)
        .order_by(in_article.c.claims.desc(), Speaker.name_key).limit(SPEAKER_CHOICES)).all()
    if claim.speaker:
        speakers.insert(0, (claim.speaker.id, claim.speaker.name, claim.speaker.article_id))
    return [SelectChoice(0, "— unattributed —"), *(
        SelectChoice(id_, f"{name} (this article only)" if article_id else name) for id_, name, article_id in speakers)]


def correction_form(claim: Claim, posted: CorrectionForm | None = None) -> CorrectionForm:
    form = posted or CorrectionForm(obj=claim, speaker_id=claim.speaker_id or 0, prefix="fix",
                                    quote_type=claim.quote_type.value, category=claim.category or "")
    form.speaker_id.choices = speaker_choices(claim)
    return form


def verdict_form(claim: Claim, verdict: Verdict | None) -> VerdictForm:
    if verdict is None:
        return VerdictForm(version=claim.version, prefix="verdict")
    return VerdictForm(obj=verdict, version=claim.version, prefix="verdict",
                       attribution=verdict.attribution or "", veracity=verdict.veracity or "")


def load_claim(claim_id: int) -> Claim:
    """The claim with the rows every claim page shows beside it, or 404."""
    return db.get_or_404(Claim, claim_id, options=[
        joinedload(Claim.article), joinedload(Claim.speaker), joinedload(Claim.assignee)])


def transition_form(claim: Claim, transitions: list) -> TransitionForm:
    form = TransitionForm(version=claim.version, prefix="t")
    choosing = any("assignee" in transition.needs for transition in transitions)
    form.assignee_id.choices = [SelectChoice(0, "— choose —"), *(
        SelectChoice(u.id, u.display_name) for u in (active_users() if choosing else []))]
    return form


def render_claim(claim: Claim, status: int = 200, error: str | None = None, **forms):
    transitions = available_transitions(claim, current_user)
    verdicts = _for_claim(Verdict, claim, Verdict.id.desc(), Verdict.reviewer, Verdict.editor)
    context = dict(
        claim=claim, error=error, status_labels=STATUS_LABELS, scales=scales(),
        context=paragraph_around(claim.article.body, claim.start, claim.end),
        transitions=transitions, transition_form=transition_form(claim, transitions),
        source_form=forms.get("source_form") or SourceForm(version=claim.version, prefix="source"),
        verdict_form=forms.get("verdict_form") or verdict_form(claim, next(iter(verdicts), None)),
        correction_form=correction_form(claim, forms.get("correction_form")),
        comment_form=forms.get("comment_form") or CommentForm(prefix="comment"),
        sources=_for_claim(Source, claim, Source.added_at, Source.added_by),
        verdicts=verdicts,
        comments=_for_claim(Comment, claim, Comment.created_at, Comment.author),
        events=_for_claim(Event, claim, Event.id.desc(), Event.actor),
        draft=next((verdict for verdict in verdicts if verdict.decision == Decision.DRAFT), None),
        suggested=suggestions(claim.speaker), publications=history(claim),
        returned=latest_returns([claim.id]).get(claim.id) if claim.status == ClaimStatus.CHANGES_REQUESTED else None,
    )
    return render_template("review/claim.html", **context), status


def _for_claim(model, claim: Claim, order, *users):
    query = sa.select(model).where(model.claim_id == claim.id).order_by(order)
    return db.session.scalars(query.options(*(joinedload(user) for user in users))).all()

"""Claims: stored from the extractor, added by hand, corrected; every change audited."""
from flask import current_app

from ..accounts.models import Role, User
from ..articles.models import Article
from ..audit.services import record
from ..errors import Refused, check_version
from ..extensions import db
from ..speakers.services import speaker_for
from .models import Claim, ClaimOrigin, ClaimStatus, QuoteType, Speaker

EDITABLE_STATUSES = {ClaimStatus.NEW, ClaimStatus.IN_REVIEW, ClaimStatus.CHANGES_REQUESTED}
SPAN_FIELDS = ("start", "end")
CORRECTABLE = ("speaker_id", "speaker_mention", "speaker_role", "cue", "channel", "statement_date",
               "quote_type", "category", "start", "end")


def store_claim(article: Article, found, speakers: dict[tuple, Speaker] | None = None) -> Claim:
    """One extracted claim; its speaker is a shared one only when the name identifies them.

    `speakers` remembers the speakers already found in this extraction run, by name and kind.
    """
    speakers = {} if speakers is None else speakers
    key = (found.speaker, found.speaker_kind)
    if found.speaker and key not in speakers:
        speakers[key] = speaker_for(article, found.speaker, found.speaker_kind, found.speaker_role)
    speaker = speakers.get(key) if found.speaker else None
    claim = Claim(
        article=article, speaker=speaker, speaker_mention=found.speaker_mention,
        speaker_role=found.speaker_role, cue=found.cue, channel=found.channel,
        statement_date=found.statement_date, quote_type=QuoteType(found.quote_type),
        text=found.text, start=found.start, end=found.end, category=found.category)
    db.session.add(claim)
    return claim


def should_extract() -> bool:
    return bool(current_app.config.get("EXTRACT_ON_IMPORT", True))


def check_span(article: Article, start: int, end: int) -> str:
    if not (0 <= start < end <= len(article.body)):
        raise Refused("The selection is outside the article's text.", 400)
    text = article.body[start:end]
    if not text.strip():
        raise Refused("The selection is empty.", 400)
    return text


def add_manual_claim(article: Article, actor: User, start: int, end: int,
                     speaker_name: str | None = None, quote_type: str = QuoteType.DIRECT) -> Claim:
    """A claim the extractor missed, from a reviewer's selection in the article."""
    text = check_span(article, start, end)
    if db.session.query(Claim.id).filter_by(article_id=article.id, start=start, end=end).first():
        raise Refused("That stretch of text is already a claim.", 409)
    speaker = speaker_for(article, speaker_name) if speaker_name and speaker_name.strip() else None
    claim = Claim(article=article, speaker=speaker, speaker_mention=speaker_name or None,
                  quote_type=QuoteType(quote_type), text=text, start=start, end=end,
                  origin=ClaimOrigin.MANUAL)
    db.session.add(claim)
    db.session.flush()
    record(actor, "claim_added", claim_id=claim.id, article_id=article.id,
           details={"start": start, "end": end})
    return claim


def correct_claim(claim: Claim, actor: User, changes: dict, expected_version: int | None) -> dict:
    """Apply corrections of extracted fields; records each field's old and new value."""
    check_version(claim, expected_version)
    if claim.status not in EDITABLE_STATUSES:
        raise Refused("An approved or dismissed claim is reopened or restored before it is corrected.", 409)
    if claim.assignee_id != actor.id and not actor.has_role(Role.EDITOR):
        raise Refused("Only the reviewer assigned to this claim, or an editor, may correct it.", 403)
    changed = {name: value for name, value in changes.items()
               if name in CORRECTABLE and getattr(claim, name) != value}
    if set(SPAN_FIELDS) & set(changed):
        claim.text = check_span(claim.article, changes["start"], changes["end"])
    if not changed:
        return {}
    log = {name: [_plain(getattr(claim, name)), _plain(value)] for name, value in changed.items()}
    if "speaker_id" in changed:
        speaker = _speaker_of_article(claim.article_id, changed.pop("speaker_id"))
        log["speaker"] = [claim.speaker.name if claim.speaker else None, speaker.name if speaker else None]
        claim.speaker = speaker
    for name, value in changed.items():
        setattr(claim, name, value)
    db.session.flush()
    record(actor, "claim_corrected", claim_id=claim.id, article_id=claim.article_id, details=log)
    return log


def _speaker_of_article(article_id: int, speaker_id: int | None) -> Speaker | None:
    """A speaker this article's claim may be credited to: a shared one, or one of the article's own."""
    if not speaker_id:
        return None
    speaker = db.session.get(Speaker, speaker_id)
    if speaker is None or speaker.merged_into_id or speaker.article_id not in (None, article_id):
        raise Refused("Choose a speaker from the list.", 400)
    return speaker


def _plain(value):
    return value.value if hasattr(value, "value") else value


def resolve_selection(body: str, start: int, end: int, selected: str | None) -> tuple[int, int]:
    """Offsets of a browser selection: trusted when they hold the selected text, else the nearest match.

    The browser counts in its own text (UTF-16 units, line breaks folded), which can drift from
    Python's offsets into the stored body; the selected text itself settles it.
    """
    if not selected or body[start:end] == selected:
        return start, end
    matches, found = [], body.find(selected)
    while found >= 0:
        matches.append(found)
        found = body.find(selected, found + 1)
    if not matches:
        raise Refused("The selected text is not in the article.", 400)
    nearest = min(matches, key=lambda position: abs(position - start))
    return nearest, nearest + len(selected)

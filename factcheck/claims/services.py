"""Claims: stored from the extractor, added by hand, corrected; every change audited."""
from flask import current_app

from ..accounts.models import Role, User
from ..articles.models import Article
from ..audit.services import record
from ..errors import Refused, check_version
from ..extensions import db
from .models import Claim, ClaimOrigin, ClaimStatus, QuoteType, Speaker
from .speakers import get_or_create_speaker

EDITABLE_STATUSES = {ClaimStatus.NEW, ClaimStatus.IN_REVIEW, ClaimStatus.CHANGES_REQUESTED}
SPAN_FIELDS = ("start", "end")
CORRECTABLE = ("speaker_id", "speaker_mention", "speaker_role", "cue", "channel", "statement_date",
               "quote_type", "category", "start", "end")


def extract_claims(article: Article) -> list[Claim]:
    """Run the extractor over the article and store what it finds."""
    from ..extraction import extract
    from ..extraction.categories import load_categories
    from ..extraction.dates import detect_article_date

    article_date = article.published_on or detect_article_date(article.body)
    extraction = extract(article.body, article_date, load_categories())
    speakers = {speaker.name: speaker for speaker in extraction.speakers}
    claims = [store_claim(article, found, speakers.get(found.speaker)) for found in extraction.claims]
    record(None, "claims_extracted", article_id=article.id, details={"claims": len(claims)})
    return claims


def store_claim(article: Article, found, speaker_info) -> Claim:
    speaker = None
    if found.speaker:
        speaker = get_or_create_speaker(
            found.speaker, found.speaker_kind, found.speaker_role,
            list(getattr(speaker_info, "aliases", ())))
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
    speaker = get_or_create_speaker(speaker_name) if speaker_name and speaker_name.strip() else None
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
    for name, value in changed.items():
        setattr(claim, name, value)
    if "speaker_id" in changed:
        claim.speaker = db.session.get(Speaker, changed["speaker_id"]) if changed["speaker_id"] else None
    db.session.flush()
    record(actor, "claim_corrected", claim_id=claim.id, article_id=claim.article_id, details=log)
    return log


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

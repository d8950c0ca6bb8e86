"""Who else a speaker might be: offered to a reviewer as a question, never applied by itself.

A speaker known only in one article ("Saleh", or a full name shared by two registered people)
may be a shared speaker: one whose name ends with that surname, or who carries it as an alias.
A reviewer answers yes (the speaker joins the shared one, an undoable merge) or no (remembered).
"""
import sqlalchemy as sa

from ..accounts.models import User
from ..audit.services import record
from ..claims.models import Speaker, SpeakerAlias, SpeakerKind
from ..errors import Refused
from ..extensions import db
from ..modeltypes import LIKE_ESCAPE, escape_like
from .models import SpeakerDistinction, SpeakerMerge
from .names import is_name
from .registry import merge_speakers
from .services import live

LIMIT = 5


def suggestions(speaker: Speaker | None) -> list[Speaker]:
    """Shared speakers that `speaker`, known only in its article, may be."""
    if speaker is None or speaker.shared or speaker.merged_into_id or not is_name(speaker.name):
        return []
    key = speaker.name_key
    last_word = escape_like(key.split()[-1])
    by_alias = sa.select(SpeakerAlias.speaker_id).where(SpeakerAlias.alias_key == key)
    declined = sa.select(SpeakerDistinction.other_id).where(SpeakerDistinction.speaker_id == speaker.id)
    same_name = sa.or_(Speaker.name_key == key, Speaker.id.in_(by_alias))
    if speaker.kind == SpeakerKind.PERSON:
        same_name = sa.or_(same_name, Speaker.name_key.like(f"% {last_word}", escape=LIKE_ESCAPE))
    return db.session.scalars(sa.select(Speaker).where(
        live(), Speaker.article_id.is_(None), Speaker.kind == speaker.kind, same_name,
        Speaker.id.not_in(declined)).order_by(Speaker.name).limit(LIMIT)).all()


def accept(actor: User, speaker: Speaker, shared: Speaker) -> SpeakerMerge:
    """Yes, the same: every claim of the article's speaker moves to the shared one."""
    _check_offered(speaker, shared)
    merge = merge_speakers(actor, shared, speaker)
    record(actor, "speaker_suggestion_accepted", speaker_id=shared.id, article_id=speaker.article_id,
           details={"speaker": speaker.name, "same_as": shared.name, "merge": merge.id})
    return merge


def decline(actor: User, speaker: Speaker, shared: Speaker) -> None:
    """No, another person: the suggestion is not offered again."""
    _check_offered(speaker, shared)
    db.session.add(SpeakerDistinction(speaker_id=speaker.id, other_id=shared.id, actor_id=actor.id))
    record(actor, "speaker_suggestion_declined", speaker_id=speaker.id, article_id=speaker.article_id,
           details={"speaker": speaker.name, "not": shared.name})


def _check_offered(speaker: Speaker, shared: Speaker) -> None:
    if shared not in suggestions(speaker):
        raise Refused("That suggestion is no longer open; reload the page.", 409)

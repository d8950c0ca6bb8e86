"""One speaker across articles: found by canonical name or alias, merged when they are one."""
import sqlalchemy as sa

from ..accounts.models import User
from ..audit.services import record
from ..errors import Refused
from ..extensions import db
from ..modeltypes import LIKE_ESCAPE, escape_like
from .models import Claim, Speaker, SpeakerAlias, SpeakerKind


def find_speaker(name: str) -> Speaker | None:
    name = " ".join(name.split())
    lowered = sa.func.lower(name)
    by_name = sa.select(Speaker).where(sa.func.lower(Speaker.name) == lowered)
    if speaker := db.session.scalar(by_name):
        return speaker
    by_alias = sa.select(Speaker).join(SpeakerAlias).where(sa.func.lower(SpeakerAlias.alias) == lowered)
    return db.session.scalar(by_alias)


def add_aliases(speaker: Speaker, aliases: list[str]) -> None:
    """Add the aliases that name nobody else yet."""
    for alias in {" ".join(a.split()) for a in aliases} - {speaker.name}:
        if alias and find_speaker(alias) is None:
            speaker.aliases.append(SpeakerAlias(alias=alias))
            db.session.flush()


def add_speaker_aliases(actor: User, speaker: Speaker, aliases: list[str]) -> list[str]:
    """Aliases given by a reviewer; the ones that name another speaker already are left out."""
    before = {alias.alias for alias in speaker.aliases}
    add_aliases(speaker, [alias for alias in aliases if alias.strip()])
    added = sorted({alias.alias for alias in speaker.aliases} - before)
    if added:
        record(actor, "speaker_aliases_added", details={"speaker": speaker.id, "aliases": added})
    return added


def same_person(name: str) -> Speaker | None:
    """One person under a full name and a surname ("Jane Roe", "Roe"), when only one fits."""
    words = name.split()
    if len(words) > 1:
        known = find_speaker(words[-1])
        if known is not None and known.kind == SpeakerKind.PERSON and len(known.name.split()) == 1:
            known.aliases.append(SpeakerAlias(alias=known.name))
            known.name = " ".join(words)  # the fuller name becomes the canonical one
            return known
        return None
    surname = sa.func.lower(Speaker.name).like("% " + escape_like(name.lower()), escape=LIKE_ESCAPE)
    matches = db.session.scalars(
        sa.select(Speaker).where(Speaker.kind == SpeakerKind.PERSON, surname).limit(2)).all()
    return matches[0] if len(matches) == 1 else None


def get_or_create_speaker(name: str, kind: str | None = None, role: str | None = None,
                          aliases: list[str] | tuple[str, ...] = ()) -> Speaker:
    speaker = find_speaker(name) or next(filter(None, map(find_speaker, aliases)), None)
    if speaker is None and SpeakerKind(kind or SpeakerKind.PERSON) == SpeakerKind.PERSON:
        speaker = same_person(" ".join(name.split()))
    if speaker is None:
        speaker = Speaker(name=" ".join(name.split()), kind=SpeakerKind(kind or SpeakerKind.PERSON), role=role)
        db.session.add(speaker)
        db.session.flush()
    elif role and not speaker.role:
        speaker.role = role
    add_aliases(speaker, [name, *aliases])
    return speaker


def merge_speakers(actor: User, keep: Speaker, merged: Speaker) -> Speaker:
    """Fold `merged` into `keep`: its claims, its name and aliases move; the merge is recorded."""
    if keep.id == merged.id:
        raise Refused("Choose two different speakers to merge.", 400)
    names = [merged.name, *(alias.alias for alias in merged.aliases)]
    moved = db.session.execute(
        sa.update(Claim).where(Claim.speaker_id == merged.id).values(
            speaker_id=keep.id, version=Claim.version + 1)
    ).rowcount
    record(actor, "speakers_merged", details={
        "kept": keep.id, "kept_name": keep.name, "merged": merged.id, "merged_name": merged.name,
        "aliases": names, "claims_moved": moved})
    db.session.delete(merged)
    db.session.flush()
    add_aliases(keep, names)
    keep.role = keep.role or merged.role
    return keep

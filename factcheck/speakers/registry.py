"""Changing the registry by hand: edit, aliases, split, merge and its undo. Each change is audited.

Claims that move bump their version (a reviewer's open form then sees a conflict, not a lost
update). Publications are never touched: they keep the speaker as approved.
"""
import re

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from ..accounts.models import User
from ..articles.models import Article
from ..audit.services import record
from ..claims.models import Claim, Speaker, SpeakerAlias, SpeakerKind, name_key
from ..errors import Refused
from ..extensions import db
from ..modeltypes import plain, utcnow
from .models import SpeakerMerge
from .names import identifies_across_articles, is_name
from .services import clean, live

WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")


def _unique(change, what: str) -> None:
    """Apply `change` and flush; a clash with another speaker's name rolls everything back, as a 409."""
    try:
        change()
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise Refused(f"Another speaker is already called “{what}”: choose that speaker, merge the two, "
                      "or choose another name.", 409) from None


def create_speaker(actor: User, name: str, article: Article | None, kind: str = SpeakerKind.PERSON,
                   role: str | None = None) -> Speaker:
    """A speaker a person names: shared when the name identifies them, else the article's own."""
    name, kind = clean(name), SpeakerKind(kind)
    shared = article is None or identifies_across_articles(name, kind)
    speaker = Speaker(name=name, kind=kind, role=role or None, article_id=None if shared else article.id)
    _unique(lambda: db.session.add(speaker), name)
    record(actor, "speaker_created", speaker_id=speaker.id, article_id=speaker.article_id,
           details={"speaker": name, "kind": kind.value, "scope": "shared" if shared else "article"})
    return speaker


def check_external_id(value: str | None) -> str | None:
    value = (value or "").strip()
    if value and not (WIKIDATA_ID.match(value) or value.startswith(("https://", "http://"))):
        raise Refused("The identifier is a Wikidata QID (Q42) or an http(s) address.", 400)
    return value or None


def edit_speaker(actor: User, speaker: Speaker, name: str, role: str | None, kind: str,
                 external_id: str | None) -> dict:
    """Rename, or change role, kind or external identifier; returns {field: [old, new]}."""
    wanted = {"name": clean(name) or speaker.name, "role": clean(role or "") or None,
              "kind": SpeakerKind(kind), "external_id": check_external_id(external_id)}
    changed = {field: [plain(getattr(speaker, field)), plain(value)] for field, value in wanted.items()
               if getattr(speaker, field) != value}
    if not changed:
        return {}
    _unique(lambda: [setattr(speaker, field, wanted[field]) for field in changed], wanted["name"])
    record(actor, "speaker_edited", speaker_id=speaker.id, details={"speaker": speaker.name, "changes": changed})
    return changed


def add_aliases(actor: User, speaker: Speaker, aliases: list[str]) -> list[str]:
    """Names a person gives a speaker; descriptions ("the envoy") are refused, repeats skipped."""
    wanted = [clean(alias) for alias in aliases if alias.strip()]
    if descriptions := [alias for alias in wanted if not is_name(alias)]:
        raise Refused(f"Only names can be aliases, not descriptions: {', '.join(descriptions)}.", 400)
    known = {alias.alias_key for alias in speaker.aliases} | {speaker.name_key}
    added = []
    for alias in wanted:
        if name_key(alias) not in known:
            speaker.aliases.append(SpeakerAlias(alias=alias[:200]))
            known.add(name_key(alias))
            added.append(alias)
    if added:
        db.session.flush()
        record(actor, "speaker_aliases_added", speaker_id=speaker.id,
               details={"speaker": speaker.name, "aliases": added})
    return added


def remove_alias(actor: User, speaker: Speaker, alias_id: int) -> str:
    alias = db.session.get(SpeakerAlias, alias_id)
    if alias is None or alias.speaker_id != speaker.id:
        raise Refused("That alias is not one of this speaker's.", 404)
    speaker.aliases.remove(alias)
    db.session.flush()
    record(actor, "speaker_alias_removed", speaker_id=speaker.id,
           details={"speaker": speaker.name, "alias": alias.alias})
    return alias.alias


def move_claims(claim_ids: list[int], target: Speaker) -> int:
    if not claim_ids:
        return 0
    return db.session.execute(sa.update(Claim).where(Claim.id.in_(claim_ids)).values(
        speaker_id=target.id, version=Claim.version + 1).execution_options(synchronize_session="fetch")).rowcount


def split_speaker(actor: User, speaker: Speaker, claim_ids: list[int], target: Speaker | None,
                  new_name: str | None) -> Speaker:
    """Move the chosen claims of `speaker` to `target`, or to a new speaker called `new_name`."""
    owned = db.session.scalars(sa.select(Claim.id).where(
        Claim.speaker_id == speaker.id, Claim.id.in_(claim_ids or [0]))).all()
    if not owned:
        raise Refused("Choose at least one of this speaker's claims to move.", 400)
    if target is None:
        if not (new_name or "").strip():
            raise Refused("Choose the speaker to move the claims to, or name a new one.", 400)
        article = speaker.article if speaker.article_id else None
        target = create_speaker(actor, new_name, article, speaker.kind, speaker.role)
    if target.id == speaker.id or target.merged_into_id:
        raise Refused("Move the claims to another speaker.", 400)
    if target.article_id is not None and db.session.scalar(sa.select(sa.exists().where(
            Claim.id.in_(owned), Claim.article_id != target.article_id))):
        raise Refused(f"{target.name} is known only in one article: claims of other articles cannot be theirs.", 400)
    move_claims(list(owned), target)
    record(actor, "speaker_split", speaker_id=speaker.id, details={
        "from": speaker.id, "from_name": speaker.name, "to": target.id, "to_name": target.name,
        "claims": sorted(owned)})
    return target


def merge_speakers(actor: User, keep: Speaker, merged: Speaker) -> SpeakerMerge:
    """Fold `merged` into `keep`: its claims move and its names become aliases; undoable."""
    if keep.id == merged.id or keep.merged_into_id or merged.merged_into_id:
        raise Refused("Choose two different speakers, neither of them merged already.", 400)
    if keep.article_id not in (None, merged.article_id):
        raise Refused(f"{keep.name} is known only in one article: {merged.name}'s claims cannot be theirs.", 400)
    claim_ids = db.session.scalars(sa.select(Claim.id).where(Claim.speaker_id == merged.id)).all()
    names = [name for name in (merged.name, *(a.alias for a in merged.aliases)) if is_name(name)]
    merge = SpeakerMerge(kept=keep, merged=merged, claim_ids=list(claim_ids), actor=actor,
                         role_filled=bool(merged.role and not keep.role))
    merged.merged_into_id = keep.id
    db.session.flush()
    merge.aliases_added = add_aliases(actor, keep, names) if names else []
    keep.role = keep.role or merged.role
    move_claims(list(claim_ids), keep)
    db.session.add(merge)
    db.session.flush()
    record(actor, "speakers_merged", speaker_id=keep.id, details={
        "kept": keep.id, "kept_name": keep.name, "merged": merged.id, "merged_name": merged.name,
        "aliases": merge.aliases_added, "claims_moved": len(claim_ids), "merge": merge.id})
    return merge


def undo_merge(actor: User, merge: SpeakerMerge) -> int:
    """Give the merged speaker back its claims and names; claims moved since stay where they are."""
    if merge.undone_at is not None:
        raise Refused("This merge was undone already.", 409)
    keep, merged = merge.kept, merge.merged
    back = db.session.scalars(sa.select(Claim.id).where(
        Claim.id.in_(merge.claim_ids or [0]), Claim.speaker_id == keep.id)).all()
    for alias in [a for a in keep.aliases if a.alias in merge.aliases_added]:
        keep.aliases.remove(alias)
    if merge.role_filled and keep.role == merged.role:
        keep.role = None
    _unique(lambda: setattr(merged, "merged_into_id", None), merged.name)
    move_claims(list(back), merged)
    merge.undone_at = utcnow()
    record(actor, "speaker_merge_undone", speaker_id=merged.id, details={
        "kept": keep.id, "kept_name": keep.name, "restored": merged.id, "restored_name": merged.name,
        "claims_returned": len(back), "merge": merge.id})
    return len(back)


def live_speaker(speaker_id: int) -> Speaker:
    speaker = db.session.scalar(sa.select(Speaker).where(Speaker.id == speaker_id, live()))
    if speaker is None:
        raise Refused("That speaker does not exist (or was merged into another).", 404)
    return speaker

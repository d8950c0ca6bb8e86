"""Court reporting: "the court heard", "the jury was told". What a court heard was said by a
party to the case; when the text names one nearby (a prosecutor, a defence lawyer, or someone
it says told the court), that person is the speaker. Otherwise the court stays the description."""
from .candidates import Candidate
from .speakers import PERSON, Entity, Resolution

_REACH = 600  # characters either side: about two news paragraphs
_HEARERS = frozenset("court jury jurors jury's inquest tribunal hearing".split())
_COUNSEL = frozenset("prosecutor prosecutors prosecution prosecuting lawyer counsel barrister solicitor attorney"
                     .split())
_HEARING_VERBS = frozenset(("hear", "tell"))


def resolve_hearers(candidates: list[Candidate], resolutions: dict[int, Resolution]) -> None:
    """Give what "the court heard" to the nearest party named as telling it."""
    cued = [c for c in candidates if c.parent is None and c.cue is not None and c.cue.subject is not None]
    for claim in cued:
        resolution = resolutions.get(id(claim))
        if resolution is None or not _heard_by_court(claim, resolution.entity):
            continue
        party = _nearest_party(claim, cued, resolutions)
        if party is not None:
            resolutions[id(claim)] = Resolution(party, resolution.mention)


def _heard_by_court(claim: Candidate, entity: Entity | None) -> bool:
    word = claim.cue.word
    if entity is None or entity.kind == PERSON or word.lemma_.lower() not in _HEARING_VERBS:
        return False
    if word.lemma_.lower() == "tell" and claim.cue.subject.dep_ != "nsubjpass":
        return False
    return claim.cue.subject.lower_ in _HEARERS


def _nearest_party(claim: Candidate, cued: list[Candidate], resolutions) -> Entity | None:
    best, distance = None, _REACH + 1
    for other in cued:
        entity = resolutions[id(other)].entity if id(other) in resolutions else None
        gap = abs(other.start - claim.start)
        if other is not claim and gap < distance and entity is not None and _is_party(other, entity):
            best, distance = entity, gap
    return best


def _is_party(candidate: Candidate, entity: Entity) -> bool:
    if entity.kind != PERSON or entity.label not in ("PERSON", "PROPN"):
        return False
    if set((entity.role or "").casefold().split()) & _COUNSEL:
        return True
    return any(child.dep_ == "dobj" and any(word.lower_ in _HEARERS for word in child.subtree)
               for child in candidate.cue.word.children)

"""Cataphora: "A former director of the port told the jury ...", then "Jo Roe, 58, said ...".
A person first met as an unnamed role and speaking at once is the person the next sentences
introduce by name as a speaker, when nothing in the two descriptions contradicts it."""
from . import lexicon
from .authors import author_of
from .candidates import Candidate
from .speakers import PERSON, Entity, Resolution, related_roles

_REACH = 400  # characters after the described speaker's claim: about the next two sentences
_NAME_LABELS = frozenset(("PERSON", "PROPN"))
_ANY_OFFICE = frozenset(("official", "member", "representative", "head", "chief", "leader"))
# A spokesman speaks for a body and usually stays unnamed: the next person named is someone else.
_ANONYMOUS_ROLES = frozenset(("spokesman", "spokeswoman", "spokesperson", "source"))


def resolve_forward(candidates: list[Candidate], resolutions: dict[int, Resolution]) -> None:
    """Give claims spoken by a newly met unnamed person to the person named just after."""
    cued = sorted((c for c in candidates if c.parent is None and c.cue is not None and c.cue.subject is not None),
                  key=lambda c: c.start)
    for index, claim in enumerate(cued):
        described = _entity(resolutions, claim)
        start = claim.paragraph.offset(claim.cue.subject)
        if (claim.cue.subject.tag_ == "NNS" or author_of(claim.cue.subject) is not None
                or not _newly_described_person(described, start)):
            continue  # the writer of a document ("an email sent by an official") stays unnamed
        found = _next_named_speaker(cued[index + 1:], resolutions, described, max(claim.end, start))
        if found is None:
            continue
        later, named = found
        same_paragraph = later.paragraph is claim.paragraph
        if named.first_seen > start and _compatible(described, named, same_paragraph):
            _merge(described, named, resolutions)


def _entity(resolutions: dict[int, Resolution], candidate: Candidate) -> Entity | None:
    resolution = resolutions.get(id(candidate))
    return resolution.entity if resolution is not None else None


def _newly_described_person(entity: Entity | None, position: int) -> bool:
    return (entity is not None and entity.kind == PERSON and entity.label == "NOUN"
            and entity.first_seen >= position)


def _next_named_speaker(later: list[Candidate], resolutions, described: Entity, end: int):
    """The first named person speaking within reach, if the first other speaker is one."""
    for candidate in later:
        if candidate.start - end > _REACH:
            return None
        entity = _entity(resolutions, candidate)
        if entity is None or entity is described:
            continue
        return (candidate, entity) if entity.kind == PERSON and entity.label in _NAME_LABELS else None
    return None


def _compatible(described: Entity, named: Entity, same_paragraph: bool) -> bool:
    """No clash of gender or office; a person named without any role only in the same paragraph."""
    described_offices = _offices(described.name)
    if described_offices & _ANONYMOUS_ROLES:
        return False
    if described.gender and named.gender and described.gender != named.gender:
        return False
    if not named.role:
        return same_paragraph or named.age is not None  # "Jo Roe, 58,": a person being introduced
    offices = described_offices - _ANY_OFFICE
    held = _offices(named.role) - _ANY_OFFICE
    if not offices or not held:
        return True
    return any(related_roles(office) & held for office in offices)


def _offices(role: str) -> set[str]:
    return set(role.casefold().replace("-", " ").split()) & lexicon.PERSON_ROLE_NOUNS


def _merge(described: Entity, named: Entity, resolutions: dict[int, Resolution]) -> None:
    if not named.role:
        named.role = described.name.removeprefix("the ").removeprefix("The ")
    for key, resolution in resolutions.items():
        if resolution.entity is described:
            resolutions[key] = Resolution(named, resolution.mention)

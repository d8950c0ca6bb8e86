"""Speakers resolved by reading the article in order, so that every pronoun and role noun
sees only the people and organisations mentioned before it."""
from spacy.tokens import Token

from . import lexicon
from .candidates import Candidate
from .cataphora import resolve_forward
from .court import resolve_hearers
from .document import Paragraph
from .spans import tokens_between
from .speakers import Discourse, Resolution

_SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
_NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
_CLIMBING_NAMES = frozenset(("appos", "compound", "conj", "flat"))
_CLIMBING = _CLIMBING_NAMES | {"pobj", "prep", "poss"}


def resolve_speakers(paragraphs, candidates, in_quote) -> dict[int, Resolution]:
    """Read the article in order so every pronoun and role noun sees only what came before."""
    discourse = Discourse()
    resolutions: dict[int, Resolution] = {}
    by_paragraph: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        by_paragraph.setdefault(candidate.paragraph.index, []).append(candidate)
    for paragraph in paragraphs:
        claims = by_paragraph.get(paragraph.index, [])
        for position, _, action in sorted(_events(paragraph, claims, in_quote[paragraph.index]), key=lambda e: e[:2]):
            action(discourse, position, resolutions)
    resolve_forward(candidates, resolutions)
    resolve_hearers(candidates, resolutions)
    for candidate in candidates:
        if candidate.parent is not None:
            resolutions[id(candidate)] = resolutions.get(id(first_of_chain(candidate)), Resolution(None, ""))
    return resolutions


def first_of_chain(candidate: Candidate) -> Candidate:
    """The cued claim an uncued quotation continues, however many paragraphs back."""
    while candidate.parent is not None:
        candidate = candidate.parent
    return candidate


def _events(paragraph: Paragraph, claims: list[Candidate], in_quote: list[bool]):
    in_claim = [False] * len(paragraph.doc)
    for claim in claims:
        for token in tokens_between(paragraph, claim.start, claim.end):
            in_claim[token.i] = True
    claim_subjects = {c.cue.subject.i for c in claims if c.cue is not None and c.cue.subject is not None}
    for entity in paragraph.doc.ents:
        if entity.label_ in _NAME_LABELS and not in_quote[entity.start]:
            subject = _is_main_subject(entity.root, in_claim, through_phrases=entity.label_ != "PERSON")
            yield paragraph.offset(entity[0]), 0, _observe_name(entity, subject)
    for token in paragraph.doc:
        if token.is_sent_start and token.is_title and not token.ent_type_ and not in_quote[token.i]:
            yield paragraph.offset(token), 0, _observe_surname(token)
        if (token.lower_ in ("he", "she") and token.dep_ in _SUBJECT_DEPS and not in_quote[token.i]
                and token.i not in claim_subjects and _is_main_subject(token, in_claim)):
            yield paragraph.offset(token), 1, _observe_pronoun(token)
        elif _organisation_subject(token, in_quote, claim_subjects) and _is_main_subject(token, in_claim):
            yield paragraph.offset(token), 1, _observe_description(token)
        elif _role_subject(token, in_quote, claim_subjects) and _is_main_subject(token, in_claim):
            yield paragraph.offset(token), 1, _observe_role(token)
    for claim in claims:
        if claim.cue is not None and claim.cue.subject is not None:
            yield paragraph.offset(claim.cue.subject), 2, _resolve_claim(claim)


def _organisation_subject(token: Token, in_quote: list[bool], claim_subjects: set[int]) -> bool:
    """"The audit office thinks not.": an unnamed body the narration makes a subject, so that
    a later "it said" can point back to it."""
    return (token.pos_ == "NOUN" and token.dep_ in _SUBJECT_DEPS and not in_quote[token.i]
            and token.i not in claim_subjects and token.lemma_.lower() in lexicon.ORGANISATION_NOUNS)


def _role_subject(token: Token, in_quote: list[bool], claim_subjects: set[int]) -> bool:
    """"The chief executive disputed that figure.": a known person, by role, made the subject,
    so that the next "she said" points back to that person."""
    return (token.tag_ == "NN" and token.dep_ in _SUBJECT_DEPS and not in_quote[token.i]
            and token.i not in claim_subjects and token.lemma_.lower() in lexicon.PERSON_ROLE_NOUNS)


def _observe_role(token: Token):
    return lambda discourse, position, _: discourse.observe_role(token, position)


def _observe_name(entity, subject: bool):
    return lambda discourse, position, _: discourse.observe_name(entity, position, subject)


def _observe_surname(token: Token):
    return lambda discourse, position, _: discourse.observe_surname(token, position)


def _observe_pronoun(token: Token):
    return lambda discourse, position, _: discourse.observe_pronoun(token, position)


def _observe_description(token: Token):
    return lambda discourse, position, _: discourse.observe_description(token, position)


def _resolve_claim(claim: Candidate):
    def action(discourse: Discourse, position: int, resolutions: dict) -> None:
        resolutions[id(claim)] = discourse.resolve(claim.cue.subject, position)
        if claim.cue.word.lemma_.lower() == "tell":
            for addressee in claim.cue.word.children:
                if addressee.dep_ == "dobj" and addressee.pos_ == "PROPN":
                    discourse.observe_outlet(addressee, position)
    return action


def _is_main_subject(token: Token, in_claim: list[bool], through_phrases: bool = True) -> bool:
    """A subject of the article's own narration, not of a reported clause. A person named in a
    phrase inside the subject ("a doctor in the village of X", "X's lawyer") is not its subject;
    an organisation may be ("a spokesman for the ministry")."""
    climbing = _CLIMBING if through_phrases else _CLIMBING_NAMES
    if _agent_of_a_thing(token):
        return not in_claim[token.head.head.i]
    for _ in range(8):
        if token.dep_ in _SUBJECT_DEPS:
            break
        if token.dep_ not in climbing:
            return False
        token = token.head
    else:
        return False
    return not in_claim[token.head.i]


def _agent_of_a_thing(token: Token) -> bool:
    """"The campaign was led by Jo Roe": the one a passive names as the doer, when its subject is
    a thing, is the sentence's person. "Roe was attacked by Doe" keeps Roe as its subject."""
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return False
    verb = token.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.pos_ == "NOUN" and not lexicon.is_person_noun(subject.lemma_)

"""Text in, claims out: parse once, find cues and quotations, resolve speakers, annotate."""
import datetime as dt

from spacy.tokens import Token

from . import dates
from .candidates import Candidate, overlap_share
from .categories import Categories, load_categories
from .channels import channel_of, cue_text
from .direct import QuoteAttributor
from .document import Paragraph, parse
from .language import get_nlp
from .model import Claim, Extraction, Speaker
from .quotes import find_quotes
from .reported import reported_candidates
from .speakers import Discourse, Entity, Resolution
from .spans import quote_membership

_SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
_NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
_TEMPORAL_DEPS = frozenset(("prep", "npadvmod", "advmod", "tmod", "obl"))
_DATE_LABELS = frozenset(("DATE", "TIME"))
_categories_cache: dict[str, Categories] = {}


def extract(text: str, article_date: dt.date | None = None, categories: Categories | None = None) -> Extraction:
    categories = categories if categories is not None else _default_categories()
    paragraphs = parse(text, get_nlp()) if text.strip() else []
    candidates, in_quote = _find_candidates(paragraphs)
    resolutions = _resolve_speakers(paragraphs, candidates, in_quote)
    claims = _claims(text, candidates, resolutions, article_date, categories)
    return Extraction(claims, _speakers(candidates, resolutions), article_date, len(text))


def _default_categories() -> Categories:
    from .categories import default_path

    key = str(default_path())
    if key not in _categories_cache:
        _categories_cache[key] = load_categories()
    return _categories_cache[key]


# -- finding claims ----------------------------------------------------------------------
def _find_candidates(paragraphs: list[Paragraph]) -> tuple[list[Candidate], dict[int, list[bool]]]:
    quotes_by_paragraph = find_quotes([(p.start, p.doc.text) for p in paragraphs])
    attributor = QuoteAttributor()
    candidates: list[Candidate] = []
    in_quote: dict[int, list[bool]] = {}
    previous = None
    for paragraph, quotes in zip(paragraphs, quotes_by_paragraph):
        membership = quote_membership(paragraph, quotes)
        in_quote[paragraph.index] = membership
        reported = _without_duplicates(list(reported_candidates(paragraph, quotes, membership)))
        quoted = attributor.attribute(paragraph, previous, quotes, membership, reported)
        candidates.extend(sorted(reported + quoted, key=lambda c: c.start))
        previous = paragraph
    return candidates, in_quote


def _without_duplicates(candidates: list[Candidate]) -> list[Candidate]:
    """Of candidates covering mostly the same words, keep the best kind, then the longest."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.priority, c.start - c.end)):
        if all(overlap_share(candidate, other) < 0.5 for other in kept):
            kept.append(candidate)
    return kept


# -- speakers -----------------------------------------------------------------------------
def _resolve_speakers(paragraphs, candidates, in_quote) -> dict[int, Resolution]:
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
    for candidate in candidates:
        if candidate.parent is not None:
            resolutions[id(candidate)] = resolutions.get(id(_first_of_chain(candidate)), Resolution(None, ""))
    return resolutions


def _first_of_chain(candidate: Candidate) -> Candidate:
    """The cued claim an uncued quotation continues, however many paragraphs back."""
    while candidate.parent is not None:
        candidate = candidate.parent
    return candidate


def _events(paragraph: Paragraph, claims: list[Candidate], in_quote: list[bool]):
    claim_subjects = {c.cue.subject.i for c in claims if c.cue is not None and c.cue.subject is not None}
    for entity in paragraph.doc.ents:
        if entity.label_ in _NAME_LABELS and not in_quote[entity.start]:
            subject = _is_main_subject(entity.root, claims, paragraph)
            yield paragraph.offset(entity[0]), 0, _observe_name(entity, subject)
    for token in paragraph.doc:
        if (token.lower_ in ("he", "she") and token.dep_ in _SUBJECT_DEPS and not in_quote[token.i]
                and token.i not in claim_subjects and _is_main_subject(token, claims, paragraph)):
            yield paragraph.offset(token), 1, _observe_pronoun(token)
    for claim in claims:
        if claim.cue is not None and claim.cue.subject is not None:
            yield paragraph.offset(claim.cue.subject), 2, _resolve_claim(claim)


def _observe_name(entity, subject: bool):
    return lambda discourse, position, _: discourse.observe_name(entity, position, subject)


def _observe_pronoun(token: Token):
    return lambda discourse, position, _: discourse.observe_pronoun(token, position)


def _resolve_claim(claim: Candidate):
    def action(discourse: Discourse, position: int, resolutions: dict) -> None:
        resolutions[id(claim)] = discourse.resolve(claim.cue.subject, position)
    return action


def _is_main_subject(token: Token, claims: list[Candidate], paragraph: Paragraph) -> bool:
    """A subject of the article's own narration, not of a reported clause."""
    for _ in range(8):
        if token.dep_ in _SUBJECT_DEPS:
            break
        if token.dep_ not in ("appos", "compound", "pobj", "prep", "poss", "conj", "flat"):
            return False
        token = token.head
    else:
        return False
    verb = paragraph.offset(token.head)
    return not any(c.start <= verb < c.end for c in claims)


# -- annotating ---------------------------------------------------------------------------
def _claims(text, candidates, resolutions, article_date, categories) -> list[Claim]:
    claims: list[Claim] = []
    details: dict[int, tuple[str | None, str | None, str | None]] = {}
    previous_date = None
    for candidate in candidates:
        resolution = resolutions.get(id(candidate), Resolution(None, ""))
        source = _first_of_chain(candidate)
        if id(source) not in details:
            details[id(source)] = _cue_details(source, article_date, previous_date)
        cue, channel, date = details[id(source)]
        previous_date = date or previous_date
        claims.append(_claim(text, candidate, resolution, cue, channel, date, categories))
    return claims


def _cue_details(candidate: Candidate, article_date, previous_date):
    if candidate.cue is None:
        return None, None, None
    date = _statement_date(candidate, article_date, previous_date)
    return cue_text(candidate.cue), channel_of(candidate.cue), date


def _statement_date(candidate: Candidate, article_date, previous_date) -> str | None:
    word = candidate.cue.word
    paragraph = candidate.paragraph
    verbs = [word]
    while verbs[-1].dep_ in ("conj", "advcl", "xcomp", "acl") and len(verbs) < 3:
        verbs.append(verbs[-1].head)
    for verb in verbs:
        for child in verb.children:
            if child.dep_ not in _TEMPORAL_DEPS:
                continue
            start, end = paragraph.offset(child.left_edge), paragraph.end_offset(child.right_edge)
            if candidate.overlaps(start, end):
                continue
            phrase = paragraph.doc[child.left_edge.i : child.right_edge.i + 1]
            for entity in phrase.ents:
                if entity.label_ in _DATE_LABELS:
                    resolved = dates.resolve(entity.text, article_date, previous_date)
                    if resolved:
                        return resolved
            # The tagger does not always mark "the following day" as a date.
            resolved = dates.resolve_relative(phrase.text, article_date, previous_date)
            if resolved:
                return resolved
    return None


def _claim(text, candidate, resolution, cue, channel, date, categories) -> Claim:
    entity: Entity | None = resolution.entity
    quote_type = candidate.quote_type if entity is not None else "unattributed"
    return Claim(
        start=candidate.start,
        end=candidate.end,
        text=text[candidate.start : candidate.end],
        speaker=entity.name if entity else None,
        speaker_mention=resolution.mention or None,
        speaker_role=entity.role if entity else None,
        speaker_kind=entity.kind if entity else None,
        cue=cue,
        channel=channel,
        statement_date=date,
        quote_type=quote_type,
        category=categories.classify(_tokens_in(candidate), list(candidate.paragraph.doc)),
    )


def _tokens_in(candidate: Candidate) -> list[Token]:
    paragraph = candidate.paragraph
    first = paragraph.token_at(candidate.start)
    if first is None:
        return []
    tokens = []
    for token in paragraph.doc[first.i :]:
        if paragraph.offset(token) >= candidate.end:
            break
        tokens.append(token)
    return tokens


def _speakers(candidates, resolutions) -> list[Speaker]:
    seen: dict[int, Speaker] = {}
    for candidate in candidates:
        entity = resolutions.get(id(candidate), Resolution(None, "")).entity
        if entity is not None and id(entity) not in seen:
            seen[id(entity)] = Speaker(entity.name, list(entity.aliases), entity.role, entity.kind)
    return list(seen.values())

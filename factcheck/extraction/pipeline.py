"""Text in, claims out: parse once, find cues and quotations, resolve speakers, annotate."""
import datetime as dt

from . import dates
from .bullets import bulleted_claim, is_bulleted, list_cue
from .candidates import Candidate, Cue, overlap_share
from .categories import Categories, default_path, load_categories, paragraph_words
from .channels import channel_of, cue_text
from .continued import continued_accounts
from .coref import first_of_chain, resolve_speakers
from .direct import QuoteAttributor
from .document import Paragraph, is_headline, is_subhead, parse
from .language import get_nlp
from .mentions import entity_index
from .model import Claim, Extraction, Speaker
from .quotes import Quote, find_quotes
from .reported import reported_candidates
from .signoffs import MAX_SIGNED_PARAGRAPHS, is_sign_off_line, sign_off, signed_claims
from .spans import quote_membership, tokens_between
from .speakers import Entity, Resolution
from .transcripts import Transcript
from .unattributed import unattributed_assertions

_TEMPORAL_DEPS = frozenset(("prep", "npadvmod", "advmod", "tmod", "obl"))
_DATE_LABELS = frozenset(("DATE", "TIME"))
_categories_cache: dict[str, Categories] = {}


def extract(text: str, article_date: dt.date | None = None, categories: Categories | None = None) -> Extraction:
    categories = categories if categories is not None else _default_categories()
    paragraphs, warnings = parse(text, get_nlp()) if text.strip() else ([], [])
    candidates, in_quote = _find_candidates(paragraphs, categories)
    resolutions = resolve_speakers(paragraphs, candidates, in_quote)
    claims = _claims(text, candidates, resolutions, article_date, categories)
    return Extraction(claims, _speakers(candidates, resolutions), article_date, len(text), warnings)


def _default_categories() -> Categories:
    key = str(default_path())
    if key not in _categories_cache:
        _categories_cache[key] = load_categories()
    return _categories_cache[key]


def _find_candidates(paragraphs: list[Paragraph],
                     categories: Categories) -> tuple[list[Candidate], dict[int, list[bool]]]:
    quotes_by_paragraph = find_quotes([(p.start, p.text) for p in paragraphs])
    attributor = QuoteAttributor()
    transcript = Transcript(paragraphs)
    candidates: list[Candidate] = []
    in_quote: dict[int, list[bool]] = {}
    recent: list[tuple[Paragraph, list[Quote], list[Candidate]]] = []  # newest first, for signatures
    previous = None
    lead_cue = None  # the cue of the paragraph a run of bulleted lines hangs on
    for paragraph, quotes in zip(paragraphs, quotes_by_paragraph, strict=True):
        bulleted = is_bulleted(paragraph)
        lead_cue = lead_cue if bulleted else list_cue(paragraph)
        membership = quote_membership(paragraph, quotes)
        in_quote[paragraph.index] = membership
        if is_headline(paragraph, len(paragraphs)):
            continue
        found = transcript.claims(paragraph)
        if found is not None or is_subhead(paragraph) or is_sign_off_line(paragraph):
            found = found or []
            attributor.start_section(found)
        else:
            found = transcript.carried_on(paragraph, _claims_in(paragraph, previous, quotes, membership,
                                                                attributor, categories))
            if bulleted and not found and lead_cue is not None:
                found = _listed_claim(paragraph, lead_cue)
        recent = [(paragraph, quotes, found), *recent[:MAX_SIGNED_PARAGRAPHS]]
        signature = sign_off(paragraph)
        if signature is not None:
            candidates.extend(c for c in signed_claims(signature, recent) if c.paragraph is not paragraph)
            attributor.start_section()
        candidates.extend(sorted(found, key=lambda c: c.start))
        previous = paragraph
    return sorted(candidates, key=lambda c: c.start), in_quote


def _claims_in(paragraph, previous, quotes, membership, attributor, categories) -> list[Candidate]:
    reported = _without_duplicates(list(reported_candidates(paragraph, quotes, membership)))
    quoted = attributor.attribute(paragraph, previous, quotes, membership, reported)
    found = reported + quoted
    found += continued_accounts(paragraph, found, membership)
    found += unattributed_assertions(paragraph, found, membership, categories)
    return found


def _listed_claim(paragraph: Paragraph, cue: Cue) -> list[Candidate]:
    claim = bulleted_claim(paragraph, cue)
    return [claim] if claim is not None else []


def _without_duplicates(candidates: list[Candidate]) -> list[Candidate]:
    """Of candidates covering mostly the same words, keep the best kind, then the longest."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.priority, c.start - c.end)):
        overlapping = (other for other in kept if other.overlaps(candidate.start, candidate.end))
        if all(overlap_share(candidate, other) < 0.5 for other in overlapping):
            kept.append(candidate)
    return kept


def _claims(text, candidates, resolutions, article_date, categories) -> list[Claim]:
    claims: list[Claim] = []
    details: dict[int, tuple[str | None, str | None, str | None]] = {}
    previous_date = None
    previous: tuple = (None, None, None)  # the last claim's speaker, channel and date
    for candidate in candidates:
        resolution = resolutions.get(id(candidate), Resolution(None, ""))
        source = first_of_chain(candidate)
        if id(source) not in details:
            details[id(source)] = _cue_details(source, article_date, previous_date)
        cue, channel, date = details[id(source)]
        if resolution.entity is not None and resolution.entity is previous[0] and channel is None and date is None:
            channel, date = previous[1:]  # the same interview or statement, carried on
        previous_date = date or previous_date
        previous = (resolution.entity, channel, date)
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
            for entity in _entities_in(phrase):
                if entity.label_ in _DATE_LABELS:
                    resolved = dates.resolve(entity.text, article_date, previous_date)
                    if resolved:
                        return resolved
            # The tagger does not always mark "the following day" as a date.
            resolved = dates.resolve_relative(phrase.text, article_date, previous_date)
            if resolved:
                return resolved
    return None


def _entities_in(phrase) -> list:
    index = entity_index(phrase.doc)
    return [e for i, e in ((i, index.get(i)) for i in range(phrase.start, phrase.end))
            if e is not None and e.start == i and e.end <= phrase.end]


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
        category=categories.classify(tokens_between(candidate.paragraph, candidate.start, candidate.end),
                                     paragraph_words(candidate.paragraph.doc)),
    )


def _speakers(candidates, resolutions) -> list[Speaker]:
    seen: dict[int, Speaker] = {}
    for candidate in candidates:
        entity = resolutions.get(id(candidate), Resolution(None, "")).entity
        if entity is not None and id(entity) not in seen:
            seen[id(entity)] = Speaker(entity.name, list(entity.aliases), entity.role, entity.kind)
    return list(seen.values())

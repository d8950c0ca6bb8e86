"""Names the tagger missed or cut short: "Governor Ines Calloway" left untagged after a title,
"Zoltan Ihejirika, a builder," taken for an organisation, "Morrow Bancorp" tagged as "Bancorp".
They are mended once, as the paragraph is parsed, so that every later step (pronouns, roles,
observed subjects) sees the whole name and a person as a person."""
from spacy.tokens import Doc, Span, Token

from . import lexicon

_PERSON = "PERSON"
_MAX_NAME_WORDS = 4
_APPOSITION_REACH = 4  # words between the comma and the person noun: ", a retired school teacher"
_RETAGGABLE_LABELS = frozenset(("ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "PRODUCT"))


def mend_names(doc: Doc) -> None:
    """Lengthen names cut short, and add or relabel as PERSON the names the text shows to be people's."""
    entities = list(doc.ents)
    relabelled = [_as_person(e) if _is_mislabelled_person(e) else e for e in map(_with_name_before, entities)]
    untagged = [span for span in _titled_names(doc)
                if not any(e.start < span.end and span.start < e.end for e in relabelled)]
    if untagged or relabelled != entities:
        doc.ents = sorted(relabelled + untagged, key=lambda e: e.start)


def _with_name_before(entity: Span) -> Span:
    """"Morrow Bancorp" of which the tagger took only "Bancorp": capitalised words joined to the
    name as its compounds belong to it."""
    doc, start = entity.doc, entity.start
    while start > 0 and _is_name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
            and entity.start <= doc[start - 1].head.i < entity.end:
        start -= 1
    return entity if start == entity.start else Span(doc, start, entity.end, label=entity.label_)


def _titled_names(doc: Doc):
    """"Governor Ines Calloway": capitalised words after a title, none of them tagged."""
    i = 0
    while i < len(doc):
        title = doc[i]
        i += 1
        if not (title.is_title and title.lower_ in lexicon.TITLES and not title.ent_type_):
            continue
        end = _name_end(doc, i)
        if end > i:
            yield Span(doc, i, end, label=_PERSON)
            i = end


def _name_end(doc: Doc, start: int) -> int:
    """Where a run of name words starting at ``start`` ends (``start`` if there is none)."""
    end = start
    while end < len(doc) and end - start < _MAX_NAME_WORDS and _is_name_word(doc[end]):
        end += 1
        if end + 1 < len(doc) and _joins_hyphenated(doc, end):
            end += 1  # "Alabi-Strand": the hyphen, then the name word after it
    return end if end == len(doc) or not _is_name_word(doc[end]) else start


def _joins_hyphenated(doc: Doc, index: int) -> bool:
    hyphen = doc[index]
    return (hyphen.text == "-" and not doc[index - 1].whitespace_ and not hyphen.whitespace_
            and _is_name_word(doc[index + 1]))


def _is_name_word(token: Token) -> bool:
    lower = token.lower_
    return (token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.ent_type_
            and lower not in lexicon.TITLES and lower not in lexicon.ORGANISATION_NOUNS
            and lower not in lexicon.PERSON_ROLE_NOUNS)


def _is_mislabelled_person(entity: Span) -> bool:
    """Two to four capitalised words tagged as a body or a place, set beside a noun for a person:
    "Zoltan Ihejirika, a builder whose firm ...". An organisation's name is not described so."""
    words = [t for t in entity if t.text != "-"]
    if entity.label_ not in _RETAGGABLE_LABELS or not 2 <= len(words) <= _MAX_NAME_WORDS:
        return False
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in words):
        return False
    if any(t.lower_ in lexicon.ORGANISATION_NOUNS or t.lower_ in lexicon.MEDIA_WORDS for t in words):
        return False
    return _person_in_apposition(entity)


def _person_in_apposition(entity: Span) -> bool:
    doc = entity.doc
    if entity.end >= len(doc) or doc[entity.end].text != ",":
        return False
    for token in doc[entity.end + 1 : entity.end + 1 + _APPOSITION_REACH]:
        if token.pos_ == "NOUN":
            return lexicon.is_person_noun(token.lemma_)
        if token.pos_ not in ("DET", "ADJ", "NUM", "ADV"):
            return False
    return False


def _as_person(entity: Span) -> Span:
    return Span(entity.doc, entity.start, entity.end, label=_PERSON)

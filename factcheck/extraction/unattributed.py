"""The article's own factual assertions in a configured category, offered to the desk unattributed:
"The government has even welcomed defensive arms from its neighbour."

Only plain statements of fact count: a finished sentence in the reporter's voice with a subject
and a finite verb in the past or present, no quotation, no cue, no modal ("could", "may"), no
question and no first or second person. Which topics count is the category configuration's
business (``config/categories.toml``), so nothing here names a topic.
"""
from spacy.tokens import Span

from .candidates import Candidate
from .categories import Categories
from .cues import cue_verb
from .document import Paragraph
from .reported import CLAUSE

UNATTRIBUTED = "unattributed"
_MIN_WORDS = 6
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP"))
_PERSONAL = frozenset("i me my we us our you your".split())
_SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "expl"))


def unattributed_assertions(paragraph: Paragraph, claims: list[Candidate], in_quote: list[bool],
                            categories: Categories) -> list[Candidate]:
    found = []
    for sentence in paragraph.doc.sents:
        start, end = paragraph.offset(sentence[0]), paragraph.end_offset(sentence[-1])
        if any(claim.overlaps(start, end) for claim in claims) or not _is_assertion(sentence, in_quote):
            continue
        # The category's context words must be in the sentence itself, not just nearby:
        # with no speaker to go by, the sentence alone has to be about the topic.
        if categories.classify(list(sentence), _words(sentence)) is None:
            continue
        found.append(Candidate(paragraph, start, paragraph.offset(sentence[-1]), UNATTRIBUTED, priority=CLAUSE))
    return found


def _words(sentence: Span) -> frozenset[str]:
    return frozenset(form for token in sentence for form in (token.lower_, token.lemma_.lower()))


def _is_assertion(sentence: Span, in_quote: list[bool]) -> bool:
    words = [t for t in sentence if not t.is_punct]
    if len(words) < _MIN_WORDS or sentence[-1].text != "." or sentence[0].is_punct:
        return False
    if any(in_quote[t.i] or t.text in "\"“”‘’«»" or t.lower_ in _PERSONAL for t in sentence):
        return False
    if any(cue_verb(t) or t.lower_ == "according" for t in sentence):
        return False
    root = sentence.root
    tags = {root.tag_} | {child.tag_ for child in root.children if child.dep_ in ("aux", "auxpass")}
    has_subject = any(child.dep_ in _SUBJECT_DEPS for child in root.children)
    return has_subject and bool(tags & _FINITE_TAGS) and "MD" not in tags

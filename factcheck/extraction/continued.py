"""A document's account carried on without a new cue: "The study found that A. B. C."

After a report, study, poll or filing is cited, the sentences that follow it in the same
paragraph usually go on reporting what it says until another source or the reporter's own
voice takes over. A person's account is not carried on this way: news style re-attributes
people in every sentence, and the reporter's narration often follows a quotation. Nor is every
following sentence the document's: only one that adds to it ("also", "in addition") or
states a further figure, the two shapes a continued finding takes far more often than narration.
"""
from spacy.tokens import Span

from . import lexicon
from .candidates import INDIRECT, Candidate
from .document import Paragraph
from .reported import CLAUSE, cue_verb, is_document

_MIN_WORDS = 5
_NARRATION_OPENERS = frozenset("but however yet meanwhile separately".split())
_ADDING_WORDS = frozenset("also addition moreover furthermore further".split())
_FIGURE_LABELS = frozenset(("PERCENT", "MONEY", "QUANTITY", "CARDINAL"))


def continued_accounts(paragraph: Paragraph, candidates: list[Candidate], in_quote: list[bool]) -> list[Candidate]:
    """Uncued sentences that carry on a document's account, each linked to the claim it continues."""
    found = []
    for source in candidates:
        if not _is_document_account(source):
            continue
        for sentence in _sentences_after(paragraph, source.end):
            if any(c.overlaps(paragraph.offset(sentence[0]), paragraph.end_offset(sentence[-1])) for c in candidates):
                break
            if not _carries_on(sentence, in_quote):
                break
            last = sentence[-2]  # before the full stop
            found.append(Candidate(paragraph, paragraph.offset(sentence[0]), paragraph.end_offset(last), INDIRECT,
                                   parent=source, priority=CLAUSE))
            source = found[-1]
    return found


def _is_document_account(candidate: Candidate) -> bool:
    cue = candidate.cue
    if cue is None or cue.subject is None:
        return False
    subject = cue.subject
    if is_document(subject):
        return True
    # "They found that ...": researchers or inspectors, not a named person giving an opinion.
    personal = subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she", "i", "we")
    return cue.word.lemma_.lower() in lexicon.FINDING_VERBS and not personal


def _sentences_after(paragraph: Paragraph, offset: int) -> list[Span]:
    return [s for s in paragraph.doc.sents if paragraph.offset(s[0]) >= offset]


def _carries_on(sentence: Span, in_quote: list[bool]) -> bool:
    """A plain statement: no quotation, no cue of its own, not a question, not the reporter's turn."""
    words = [t for t in sentence if not t.is_punct]
    if len(words) < _MIN_WORDS or sentence[-1].text != "." or words[0].lower_ in _NARRATION_OPENERS:
        return False
    if any(in_quote[t.i] for t in sentence) or any(t.text in "\"“”" for t in sentence):
        return False
    if any(cue_verb(t) or t.lower_ == "according" for t in sentence):
        return False
    return any(t.lower_ in _ADDING_WORDS or _is_figure(t) for t in sentence)


def _is_figure(token) -> bool:
    return token.ent_type_ in _FIGURE_LABELS or (token.like_num and token.ent_type_ not in ("DATE", "TIME"))

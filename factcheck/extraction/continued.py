"""An account carried on without a new cue: "The study found that A. B. C."

After a report, study, poll or filing is cited, the sentences that follow it in the same
paragraph usually go on reporting what it says until another source or the reporter's own
voice takes over. Not every following sentence is the document's: only one that adds to it
("also", "in addition"), states a further figure or comparison, or keeps the reported tense ("had been",
"would"), the shapes a continued finding takes far more often than narration. A person's
account is carried on only in the reported tense: news style re-attributes people in every
sentence, and the reporter's narration often follows what they said.
"""
from spacy.tokens import Span

from . import lexicon
from .candidates import INDIRECT, Candidate
from .cues import cue_verb, is_document
from .document import Paragraph
from .reported import CLAUSE

_MIN_WORDS = 5
_NARRATION_OPENERS = frozenset("but however yet meanwhile separately".split())
_ADDING_WORDS = frozenset("also addition moreover furthermore further".split())
_REPORTED_AUXILIARIES = frozenset(("had", "would", "could", "might"))
_FIGURE_LABELS = frozenset(("PERCENT", "MONEY", "QUANTITY", "CARDINAL"))
_COMPARING_TAGS = frozenset(("JJR", "JJS", "RBR", "RBS"))  # "highest in winter", "more than": a finding's shape


def continued_accounts(paragraph: Paragraph, candidates: list[Candidate], in_quote: list[bool]) -> list[Candidate]:
    """Uncued sentences that carry on a document's account, each linked to the claim it continues."""
    found = []
    for source in candidates:
        document = _is_document_account(source)
        if not (document or _is_reported_account(source)):
            continue
        for sentence in _sentences_after(paragraph, source.end):
            if any(c.overlaps(paragraph.offset(sentence[0]), paragraph.end_offset(sentence[-1])) for c in candidates):
                break
            if not _carries_on(sentence, in_quote, document):
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
    lemma = cue.word.lemma_.lower()
    return (lemma in lexicon.FINDING_VERBS or lemma == "according") and not personal


def _is_reported_account(candidate: Candidate) -> bool:
    """Someone's reported speech, "X said (that) ...", which the next sentence may carry on."""
    return candidate.cue is not None and candidate.cue.subject is not None and candidate.quote_type == INDIRECT


def _sentences_after(paragraph: Paragraph, offset: int) -> list[Span]:
    return [s for s in paragraph.doc.sents if paragraph.offset(s[0]) >= offset]


def _carries_on(sentence: Span, in_quote: list[bool], document: bool) -> bool:
    """A plain statement: no quotation, no cue of its own, not a question, not the reporter's turn."""
    words = [t for t in sentence if not t.is_punct]
    if len(words) < _MIN_WORDS or sentence[-1].text != "." or words[0].lower_ in _NARRATION_OPENERS:
        return False
    if any(in_quote[t.i] for t in sentence) or any(t.text in "\"“”" for t in sentence):
        return False
    if any(cue_verb(t) or t.lower_ == "according" for t in sentence):
        return False
    if _reported_tense(sentence.root):
        return True
    return document and any(t.lower_ in _ADDING_WORDS or _is_figure(t) or t.tag_ in _COMPARING_TAGS for t in sentence)


def _reported_tense(verb) -> bool:
    """"had been postponed", "would reach": the tense of reported speech, not of narration."""
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    return bool(auxiliaries & _REPORTED_AUXILIARIES)


def _is_figure(token) -> bool:
    return token.ent_type_ in _FIGURE_LABELS or (token.like_num and token.ent_type_ not in ("DATE", "TIME"))

"""Quotations not already carried by a reported clause: the cue beside them
(“A,” she said / He said: “A”), a colon at the end of the previous paragraph,
or the quotation it continues."""
from spacy.tokens import Token

from . import lexicon
from .candidates import DIRECT, Candidate, Cue
from .cues import cue_verb, subject_of
from .document import Paragraph
from .quotes import QUOTE_MARKS, Quote
from .reported import CLAUSE
from .spans import is_quote_mark

_TRAILING_REACH = 8  # words between a closing mark and its cue verb, at most
_LEADING_REACH = 4
_SENTENCE_ENDS = frozenset(".!?")
_MIN_UNCUED_WORDS = 4


class QuoteAttributor:
    """Walks the quotations in document order, remembering the last quotation claim."""

    def __init__(self):
        self.previous_paragraph_claims: list[Candidate] = []
        self.runs_on: Candidate | None = None  # the claim of a quotation left open
        self.pending: list[Candidate] = []  # open quotations still waiting for their cue

    def attribute(self, paragraph: Paragraph, previous: Paragraph | None, quotes: list[Quote],
                  in_quote: list[bool], taken: list[Candidate]) -> list[Candidate]:
        claims = []
        last_in_paragraph: Candidate | None = None
        for quote in quotes:
            carried = next((c for c in taken if c.overlaps(quote.start, quote.end)), None)
            if carried is not None:
                if quote.continues:
                    self._settle_pending(carried)
                last_in_paragraph = carried if carried.quote_type == DIRECT else last_in_paragraph
                continue
            candidate = self._attribute_one(paragraph, previous, quote, in_quote, last_in_paragraph)
            if candidate is None and quote.runs_on:
                candidate = Candidate(paragraph, quote.start, quote.end, DIRECT, priority=CLAUSE)
                self.pending.append(candidate)
            if candidate is not None:
                if quote.continues:
                    self._settle_pending(candidate)
                claims.append(candidate)
                last_in_paragraph = candidate
            if quote.runs_on:
                self.runs_on = candidate
        self.previous_paragraph_claims = sorted(taken + claims, key=lambda c: c.start)
        return claims

    def start_section(self, claims: list[Candidate] = ()) -> None:
        """A subhead, a signature or a transcript turn: no earlier quotation carries on past it."""
        self.previous_paragraph_claims = list(claims)
        self.runs_on = None
        self.pending = []

    def _settle_pending(self, candidate: Candidate) -> None:
        """A cue found further down a long quotation attributes its earlier paragraphs too."""
        if candidate.cue is None:
            return
        for waiting in self.pending:
            waiting.parent = candidate
        self.pending = []

    def _attribute_one(self, paragraph, previous, quote, in_quote, last_in_paragraph) -> Candidate | None:
        text = paragraph.text[quote.start - paragraph.start : quote.end - paragraph.start]
        if is_question(text):
            return None
        cue = trailing_cue(paragraph, quote, in_quote) or leading_cue(paragraph, quote, in_quote)
        if cue is None and _opens_paragraph(paragraph, quote) and previous is not None:
            cue = colon_cue(previous) or asked_cue(previous)
        if cue is not None:
            return Candidate(paragraph, quote.start, quote.end, DIRECT, cue, priority=CLAUSE)
        parent = self._continued(paragraph, quote, text, last_in_paragraph)
        if parent is not None:
            return Candidate(paragraph, quote.start, quote.end, DIRECT, parent=parent, priority=CLAUSE)
        return None

    def _continued(self, paragraph, quote, text, last_in_paragraph) -> Candidate | None:
        if quote.continues and self.runs_on is not None:
            return self.runs_on
        if last_in_paragraph is not None and _starts_sentence(paragraph, quote) and (
                len(text.split()) >= _MIN_UNCUED_WORDS or _whole_sentence(text)):
            return last_in_paragraph  # “A,” she said. “It did not.”
        if len(text.split()) < _MIN_UNCUED_WORDS:
            return None
        earlier = self.previous_paragraph_claims
        if _opens_paragraph(paragraph, quote) and earlier and (
                earlier[-1].quote_type == DIRECT or _whole_paragraph(paragraph, quote)):
            return earlier[-1]  # a paragraph entirely in quotes goes on with the last speaker
        return None


def trailing_cue(paragraph: Paragraph, quote: Quote, in_quote: list[bool]) -> Cue | None:
    """“..., ” the minister said / “...”, added the agency."""
    # A nested quotation may close with it: “I told him, ‘Go,’” she said.
    content = paragraph.text[quote.start - paragraph.start : quote.end - paragraph.start].rstrip(QUOTE_MARKS + " ")
    if content.endswith("."):
        return None
    close = paragraph.token_at(quote.end)
    if close is None:
        return None
    doc = paragraph.doc
    after = doc[close.i + 1] if close.i + 1 < len(doc) else None
    if not content.endswith((",", "!", "?", "—", "–", "-")) and (after is None or after.text not in ",;—–-"):
        return None
    words = 0
    for token in doc[close.i + 1 :]:
        if in_quote[token.i] or is_quote_mark(token) or token.text in _SENTENCE_ENDS:
            return None
        if token.is_punct:
            continue
        if cue_verb(token, colon_intro=True):  # "“...,” she continued."
            return Cue(paragraph, token, subject_of(token) or _inverted_subject(token, in_quote))
        if token.pos_ == "VERB" or words >= _TRAILING_REACH:
            return None
        words += 1
    return None


def leading_cue(paragraph: Paragraph, quote: Quote, in_quote: list[bool]) -> Cue | None:
    """He said: “...” / She added, “...” / He said “...”."""
    opening = paragraph.token_at(quote.start - 1)
    if opening is None or not is_quote_mark(opening):
        return None
    doc = paragraph.doc
    before = opening.i - 1
    separator = doc[before].text if before >= 0 else ""
    if separator == ":":
        return _colon_cue_before(paragraph, before, in_quote)
    words = 0
    for token in reversed(doc[: opening.i]):
        if in_quote[token.i] or is_quote_mark(token) or token.text in _SENTENCE_ENDS:
            return None
        if token.is_punct:
            continue
        if cue_verb(token, colon_intro=separator == ",") and (separator == "," or token.i == before):
            return Cue(paragraph, token, subject_of(token))
        words += not _addressee_of_tell(token)  # "told a local radio host, Jo Roe, “...”"
        if words >= _LEADING_REACH:
            return None
    return None


def _addressee_of_tell(token: Token) -> bool:
    """Whether the word is in the phrase naming whom someone told."""
    for _ in range(_LEADING_REACH):
        if token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() == "tell":
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def colon_cue(paragraph: Paragraph) -> Cue | None:
    """A paragraph ending in a colon introduces the quotation that opens the next one."""
    doc = paragraph.doc
    last = len(doc) - 1
    if last < 0 or doc[last].text != ":":
        return None
    return _colon_cue_before(paragraph, last, [False] * len(doc))


def asked_cue(paragraph: Paragraph) -> Cue | None:
    """"Asked about the storm, she pauses.": the quotation opening the next paragraph answers."""
    doc = paragraph.doc
    if len(doc) == 0 or doc[0].lower_ != "asked" or doc[0].dep_ != "advcl":
        return None
    root = doc[0].head
    subject = subject_of(root)
    return Cue(paragraph, root, subject) if subject is not None and _personal(subject) else None


def _colon_cue_before(paragraph: Paragraph, colon_index: int, in_quote: list[bool]) -> Cue | None:
    doc = paragraph.doc
    for token in reversed(doc[:colon_index]):
        if token.text in _SENTENCE_ENDS and not in_quote[token.i]:
            break
        if not in_quote[token.i] and cue_verb(token, colon_intro=True):
            return Cue(paragraph, token, subject_of(token))
    return _personal_colon_cue(paragraph, colon_index)


def _personal_colon_cue(paragraph: Paragraph, colon_index: int) -> Cue | None:
    """"She is blunt: ...", "Her advice is simple: ...": with no reporting verb, a clause about
    a person (or a person's words) before the colon hands the quotation to that person."""
    if colon_index == 0:
        return None
    root = _clause_head_before(paragraph.doc[colon_index - 1], colon_index)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if _personal(subject):
        return Cue(paragraph, root, subject)
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return Cue(paragraph, root, owner) if owner is not None and _personal(owner) else None


def _clause_head_before(token: Token, limit: int) -> Token:
    """The highest word above ``token`` that still comes before position ``limit``: the parser
    often hangs the clause before a colon on the quotation after it."""
    while token.head.i != token.i and token.head.i < limit:
        token = token.head
    return token


def _personal(token: Token) -> bool:
    return lexicon.PRONOUN_FORMS.get(token.lower_, token.lower_) in ("he", "she") or token.ent_type_ == "PERSON"


def _inverted_subject(verb: Token, in_quote: list[bool]) -> Token | None:
    """“...,” said the agency: the speaker follows the verb."""
    for token in verb.doc[verb.i + 1 : verb.i + 6]:
        if in_quote[token.i] or token.text in _SENTENCE_ENDS or is_quote_mark(token):
            return None
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            return _phrase_head(token)
    return None


def _phrase_head(token: Token) -> Token:
    while token.dep_ in ("compound", "det", "amod", "poss", "nmod") and token.head.i != token.i:
        token = token.head
    return token


def is_question(text: str) -> bool:
    """A quoted question is not a claim, but a statement that ends on a question still is."""
    stripped = text.rstrip(" \"”’'")
    return stripped.endswith("?") and not any(mark in stripped[:-1] for mark in (". ", "! ", "? "))


def _opens_paragraph(paragraph: Paragraph, quote: Quote) -> bool:
    leading = paragraph.text[: quote.start - paragraph.start]
    return leading.strip() in ("", "“", '"', "„", "«", "‘", "'", "”")


def _whole_paragraph(paragraph: Paragraph, quote: Quote) -> bool:
    trailing = paragraph.text[quote.end - paragraph.start :]
    return _opens_paragraph(paragraph, quote) and trailing.strip(" \"”’'") == ""


def _whole_sentence(text: str) -> bool:
    """A short quotation that is a sentence of its own, not a quoted word or name."""
    words = text.strip(QUOTE_MARKS + " ")
    return len(words.split()) > 1 and words[:1].isupper() and words.endswith((".", "!"))


def _starts_sentence(paragraph: Paragraph, quote: Quote) -> bool:
    before = paragraph.text[: quote.start - paragraph.start - 1].rstrip()
    return not before or before[-1] in _SENTENCE_ENDS or before.endswith((".”", '."', ".’", ".'"))

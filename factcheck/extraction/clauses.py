"""Where a reported clause begins and ends, where the parser misplaces or splits it."""
from spacy.tokens import Token

from . import lexicon
from .cues import SUBJECT_DEPS, cue_verb, goes_on_with, hypothetical, set_off
from .spans import is_quote_mark

_CONDITIONS = frozenset(("if", "unless"))
# Cues whose object is the one told, not a misplaced subject: "told reporters ...".
_ADDRESSEE_VERBS = frozenset(("tell", "inform", "assure", "remind", "brief"))
# The tenses of a clause that was not said in the past: present or modal.
_UNREPORTED_TENSES = frozenset(("VBZ", "VBP", "MD"))
# How a phrase setting another group's answer against the first hangs on its clause.
_SET_AGAINST_DEPS = frozenset(("prep", "npadvmod", "dep", "appos"))


def clause_spans(verb: Token, clauses: list[Token]) -> list[tuple[Token, Token]]:
    """First and last word of each reported clause. A clause with no subject right after another
    is the parser splitting one at a comma: "that the cost, now put at X, would grow"."""
    spans: list[tuple[Token, Token]] = []
    condition = _fronted_condition(verb)
    for clause in clauses:
        last = _clause_end(clause, verb)
        if spans and not _has_subject(clause) and _only_punctuation_between(spans[-1][1], clause.left_edge):
            spans[-1] = (spans[-1][0], last)
        else:
            subject = _misplaced_subject(verb, clause)
            spans.append(((subject or clause).left_edge, last))
    if spans and condition is not None and _precedes(condition, spans[0][0]):
        spans[0] = (condition.left_edge, spans[0][1])
    last = spans[-1][1] if spans else None
    continuation = (_that_continuation(verb, last) or _predicate_going_on(verb, clauses[-1], last)) if spans else None
    if continuation is not None:
        spans[-1] = (spans[-1][0], continuation.right_edge)
    return spans


def _misplaced_subject(verb: Token, clause: Token) -> Token | None:
    """"said fans of the club, also called X, were buying ...": the parser takes the reported clause's
    subject (a noun phrase, or a clause such as "because A") for the cue's object or a clause of its
    own, right after the cue, and leaves the clause without one."""
    if _has_subject(clause) or clause.i < verb.i or verb.lemma_.lower() in _ADDRESSEE_VERBS:
        return None
    between = [c for c in verb.children if verb.i < c.i < clause.i and not c.is_punct]
    if len(between) != 1 or between[0].dep_ not in ("dobj", "advcl"):
        return None
    subject = between[0]
    if subject.left_edge.i != verb.i + 1 or not _only_punctuation_between(subject.right_edge, clause.left_edge):
        return None
    return subject


def _that_continuation(verb: Token, last: Token) -> Token | None:
    """"said that A, but that B": the parser hangs "but that B" on the cue as a clause of its own
    (taking "that" for a determiner); B is still what was said."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > last.i):
        between = [t for t in verb.doc[last.i + 1 : conj.left_edge.i + 1] if not t.is_punct]
        words = [t.lower_ for t in between]
        if len(words) == 2 and words[0] in ("but", "and") and words[1] == "that" and between[1].dep_ in ("det", "mark"):
            return conj
    return None


def _predicate_going_on(verb: Token, clause: Token, last: Token) -> Token | None:
    """"said he hoped to win, and then would retire", "said he wants to run, but he accepts he may
    not": the parser hangs the reported clause's second predicate on the cue, though it is in the
    clause's tense (present or modal), not the past of the saying, and has no subject or the clause's."""
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > last.i), None)
    if conj is None or not _in_unreported_tense(conj, verb):
        return None
    subject = next((c.lower_ for c in conj.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject != next((c.lower_ for c in clause.children if c.dep_ in SUBJECT_DEPS), None):
        return None
    between = verb.doc[last.i + 1 : conj.left_edge.i]
    return conj if any(t.dep_ == "cc" for t in between) and all(t.is_punct or t.dep_ == "cc" for t in between) else None


def _tense_of(predicate: Token) -> str:
    """The tag of its first auxiliary, else of the verb itself."""
    auxiliaries = [c for c in predicate.children if c.dep_ in ("aux", "auxpass") and c.i < predicate.i]
    return auxiliaries[0].tag_ if auxiliaries else predicate.tag_


def _fronted_condition(verb: Token) -> Token | None:
    """"If the talks fail, she said, the strike will go on": a condition opening the sentence before the
    cue is part of what was said, not of the saying."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    for clause in verb.lefts:
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if (clause.dep_ == "advcl" and marks & _CONDITIONS and clause.left_edge.is_sent_start
                and (subject is None or clause.i < subject.i)):
            return clause
    return None


def _precedes(condition: Token, first: Token) -> bool:
    return condition.right_edge.i < first.i


def _clause_end(clause: Token, verb: Token) -> Token:
    """The clause's last word, before what the parser hung on it that is not the speaker's content:
    a coordinated clause that is the narration going on ("she said A, and she then took questions",
    the same speaker as subject), a cue of its own, or the speaker's next words ("said A, adding
    that B", "said A but added ...")."""
    breaks = [token for token in clause.subtree if token.i > clause.i and _ends_content(token, clause, verb)]
    if not breaks:
        return clause.right_edge
    end = breaks[0].left_edge.i - 1
    while end > clause.i and _joining(verb.doc[end]):
        end -= 1
    return verb.doc[end]


def _joining(token: Token) -> bool:
    """A comma or a conjunction between two clauses; a quotation mark closes the first."""
    return (token.is_punct and not is_quote_mark(token)) or token.dep_ == "cc"


def _ends_content(token: Token, clause: Token, verb: Token) -> bool:
    """Whether the reported clause ends before this word of it."""
    if goes_on_with(token, verb) or _contrasted_source(token, clause):
        return True
    if token.dep_ != "conj" or token.head.i != clause.i:
        return False
    speaker = next((c.lower_ for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or marked_by_that(token):
        return False
    return cue_verb(token) or (subject.lower_ == speaker and not _in_unreported_tense(token, verb))


def _in_unreported_tense(predicate: Token, verb: Token) -> bool:
    """"he said he wants to run, but he accepts he may not": after a cue in the past, a predicate in
    the present or with a modal is still what was said, not the narration going on."""
    return verb.tag_ == "VBD" and _tense_of(predicate) in _UNREPORTED_TENSES


def _contrasted_source(token: Token, clause: Token) -> bool:
    """"most said A, while a third said B", "A, compared to a third who said B": another source's
    statement set against the first, hung on its clause after a comma."""
    if token.head.i != clause.i or not set_off(token):
        return False
    if token.dep_ == "advcl":
        marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
        return marks in ([], ["while"], ["whereas"]) and cue_verb(token) and _has_subject(token)
    return token.dep_ in _SET_AGAINST_DEPS and any(
        t.dep_ == "relcl" and cue_verb(t) and _has_subject(t) for t in token.subtree)


def gerund_clause(verb: Token) -> list[Token]:
    """"denied receiving payments", "admitted taking the money": the gerund states the content.
    Also "said reopening it could put miners back to work", where the parser takes a gerund subject for the
    verb's complement and hangs the clause on it."""
    gerunds = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i]
    if verb.lemma_.lower() in lexicon.GERUND_CONTENT_VERBS:
        return gerunds
    return [c for c in gerunds if c.i == verb.i + 1 and any(g.dep_ == "ccomp" for g in c.children)]


def misattached_complement(verb: Token) -> list[Token]:
    """"told Roe at the hearing that the funds had run out", "told a radio host that ...", "said in a
    statement that ...": the parser
    hangs the "that" clause on the nearest noun as a relative or noun clause, though "that" fills no
    place in it (a mark, not a subject) and the noun is no statement of its own ("reports that ...")."""
    nouns = [g for c in verb.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj" and _not_a_claim_of_others(g)]
    nouns += [c for c in verb.children if c.dep_ == "dobj" and _not_a_claim_of_others(c)]  # "told a radio host that"
    nouns += [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]  # "in the capital, Lerno,"
    return [clause for noun in nouns for clause in noun.children
            if clause.dep_ in ("relcl", "acl") and _opened_by_that(clause)][:1]


def _opened_by_that(clause: Token) -> bool:
    """"that" as the clause's mark, or as a relative adverb ("at the time that the editor wrote ..."),
    though never as its subject or object: a clause with its own subject reports."""
    that = clause.left_edge
    if that.lower_ != "that" or that.head.i != clause.i:
        return False
    return marked_by_that(clause) or (that.dep_ == "advmod" and _has_subject(clause))


def _not_a_claim_of_others(noun: Token) -> bool:
    """"in a statement that ..." is the speaker's medium; "responded to claims that ..." someone else's words."""
    lemma = noun.lemma_.lower()
    return lemma in lexicon.CHANNEL_NOUNS or lemma not in lexicon.STATEMENT_NOUNS


def _has_subject(clause: Token) -> bool:
    return any(child.dep_ in SUBJECT_DEPS or child.dep_ == "expl" for child in clause.children)


def _only_punctuation_between(left: Token, right: Token) -> bool:
    return all(token.is_punct for token in left.doc[left.i + 1 : right.i])


def statement_clause(verb: Token) -> Token | None:
    """"denied reports that it would close the plant", "rejected claims that ...": the "that"
    clause of a statement noun the verb confirms or disputes."""
    lemma = verb.lemma_.lower()
    if not (lemma in lexicon.DISPUTING_VERBS or cue_verb(verb)) or hypothetical(verb):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.STATEMENT_NOUNS
                and not any(owner.dep_ == "poss" for owner in c.children)):  # "rejected her claim": hers
        for clause in obj.children:
            if clause.dep_ in ("acl", "ccomp") and marked_by_that(clause):
                return clause
    return None


def marked_by_that(clause: Token) -> bool:
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)


def opens_with_that(clause: Token) -> bool:
    """A clause whose first word is its mark "that": "(claims) that the plant is unsafe"."""
    return clause.left_edge.lower_ == "that" and marked_by_that(clause)

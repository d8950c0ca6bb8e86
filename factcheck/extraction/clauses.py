"""Where a reported clause begins and ends, where the parser misplaces or splits it."""
from spacy.tokens import Token

from . import lexicon
from .cues import SUBJECT_DEPS, cue_verb, hypothetical

_CONDITIONS = frozenset(("if", "unless"))


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
            spans.append((clause.left_edge, last))
    if spans and condition is not None and _precedes(condition, spans[0][0]):
        spans[0] = (condition.left_edge, spans[0][1])
    continuation = _that_continuation(verb, spans[-1][1]) if spans else None
    if continuation is not None:
        spans[-1] = (spans[-1][0], continuation.right_edge)
    return spans


def _that_continuation(verb: Token, last: Token) -> Token | None:
    """"said that A, but that B": the parser hangs "but that B" on the cue as a clause of its own
    (taking "that" for a determiner); B is still what was said."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > last.i):
        between = [t for t in verb.doc[last.i + 1 : conj.left_edge.i + 1] if not t.is_punct]
        words = [t.lower_ for t in between]
        if len(words) == 2 and words[0] in ("but", "and") and words[1] == "that" and between[1].dep_ in ("det", "mark"):
            return conj
    return None


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
    """The clause's last word, before a coordinated clause that is the narration going on:
    "she said A, and she then took questions" (the same speaker as subject) or a cue of its own."""
    speaker = next((c.lower_ for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    for conj in (c for c in clause.children if c.dep_ == "conj" and c.i > clause.i):
        subject = next((c for c in conj.children if c.dep_ == "nsubj"), None)
        if subject is not None and not marked_by_that(conj) and (subject.lower_ == speaker or cue_verb(conj)):
            end = conj.left_edge.i - 1
            while end > clause.i and (verb.doc[end].is_punct or verb.doc[end].dep_ == "cc"):
                end -= 1
            return verb.doc[end]
    return clause.right_edge


def gerund_clause(verb: Token) -> list[Token]:
    """"denied receiving payments", "admitted taking the money": the gerund states the content.
    Also "said reopening it could put miners back to work", where the parser takes a gerund subject for the
    verb's complement and hangs the clause on it."""
    gerunds = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i]
    if verb.lemma_.lower() in lexicon.GERUND_CONTENT_VERBS:
        return gerunds
    return [c for c in gerunds if c.i == verb.i + 1 and any(g.dep_ == "ccomp" for g in c.children)]


def misattached_complement(verb: Token) -> list[Token]:
    """"told Roe at the hearing that the funds had run out", "said in a statement that ...": the parser
    hangs the "that" clause on the nearest noun as a relative or noun clause, though "that" fills no
    place in it (a mark, not a subject) and the noun is no statement of its own ("reports that ...")."""
    nouns = [g for c in verb.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj" and _not_a_claim_of_others(g)]
    nouns += [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]  # "in the capital, Lerno,"
    return [clause for noun in nouns for clause in noun.children
            if clause.dep_ in ("relcl", "acl") and marked_by_that(clause) and clause.left_edge.lower_ == "that"][:1]


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
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.STATEMENT_NOUNS):
        for clause in obj.children:
            if clause.dep_ in ("acl", "ccomp") and marked_by_that(clause):
                return clause
    return None


def marked_by_that(clause: Token) -> bool:
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)

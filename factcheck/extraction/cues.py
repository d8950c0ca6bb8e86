"""Which words attribute speech, and whose: reporting verbs and the subjects they speak for."""
from spacy.tokens import Token

from . import lexicon
from .spans import ends_on_comma

SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
_RELATIVE_PRONOUNS = frozenset(("who", "that", "which"))
_CLIMBING_DEPS = frozenset(("conj", "advcl", "xcomp", "pcomp", "ccomp", "prep"))
_CONTINUING_VERBS = frozenset(("continue", "keep", "repeat"))
_NOUN_PHRASE_DEPS = frozenset(("dobj", "pobj", "prep", "appos", "conj", "attr", "dative", "npadvmod", "oprd"))
_MAX_PARENTHETICAL_SPEAKER = 8
_PHRASE_POS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "CCONJ"))
_NON_STATEMENT_PREPOSITIONS = frozenset(("from", "without", "against", "of", "for"))
# Verbs of saying, naming or blaming: as a participle after a reported clause, the speaker's own words.
_ASIDE_VERBS = (lexicon.REPORTING_VERBS | lexicon.NAMING_VERBS | lexicon.DESCRIBING_VERBS
                | frozenset(lexicon.ACCUSING_VERBS) | lexicon.CONDEMNING_VERBS | lexicon.CITING_VERBS)
# A participle of showing goes on with what a finding shows: "the figures were worse, showing a fall".
_SHOWING_VERBS = frozenset(("show", "demonstrate"))
_MAX_CLAUSE_DEPTH = 4
# The ways a word hangs inside a clause: on its verb, a conjunct, a noun, a preposition.
_INNER_DEPS = frozenset(("conj", "advcl", "relcl", "xcomp", "ccomp", "acl", "attr", "dobj", "pobj", "prep",
                         "acomp", "oprd", "npadvmod"))


def cue_verb(token: Token, colon_intro: bool = False) -> bool:
    """Whether the token is a verb that can attribute speech."""
    if token.pos_ != "VERB" or token.dep_ in ("compound", "nmod") or hypothetical(token):
        return False
    lemma = token.lemma_.lower()
    if lemma == "point":
        return _points_out(token)
    if lemma == "hear":  # "the court heard": what was put to a court or an inquiry
        subject = subject_of(token)
        return subject is not None and subject.lemma_.lower() in lexicon.HEARING_NOUNS
    return lemma in lexicon.REPORTING_VERBS or (colon_intro and lemma in lexicon.COLON_ONLY_VERBS)


def _points_out(token: Token) -> bool:
    return _has_particle(token, "out")


def _has_particle(verb: Token, particle: str) -> bool:
    return any(child.dep_ == "prt" and child.lower_ == particle for child in verb.children)


def hypothetical(verb: Token) -> bool:
    """"plans to announce", "did not say", "barred from claiming": nothing was stated."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in _NON_STATEMENT_PREPOSITIONS:
        return True
    infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    if infinitive and verb.dep_ == "xcomp" and _goes_on(verb.head):
        infinitive = False  # "continues to maintain", "went on to say": said, and said again
    return infinitive or any(child.dep_ == "neg" for child in verb.children)


def _goes_on(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in _CONTINUING_VERBS or (lemma == "go" and _has_particle(verb, "on"))


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The head of the phrase naming who speaks, climbing through participles and conjuncts."""
    reporter = reporting_verb_above(verb)
    if reporter is not None:
        return subject_of(reporter, depth)
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS or _name_as_gerund(child)]
    if subjects:
        # Of two subjects the parser could not join ("Acme co-founder Jane Roe"), prefer a person's
        # name, then any name but a place's ("In Salem, Oregon, Roe said").
        subject = min(subjects, key=_subject_rank)
        parenthetical = _parenthetical_speaker(verb, subject) if depth == 0 else None
        return parenthetical or _antecedent(verb, subject)
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    clause = _clause_of_free_adjunct(verb)
    if clause is not None and depth < 3:
        return subject_of(clause, depth + 1)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _issuer(verb.head)  # "the government recommending ...", "issued a statement saying"
    if verb.dep_ in _CLIMBING_DEPS and depth < 3 and verb.head.i != verb.i:
        return subject_of(verb.head, depth + 1)
    return None


def _subject_rank(subject: Token) -> int:
    if subject.ent_type_ == "PERSON":
        return 0
    return 1 if subject.pos_ == "PROPN" and subject.ent_type_ not in ("GPE", "LOC") else 2


def _parenthetical_speaker(verb: Token, subject: Token) -> Token | None:
    """"To read the case, Judge Roe said, one must ...", "Any reading, said Jo Roe, would ...":
    a cue set off by commas inside the sentence it reports names its speaker between those commas,
    though the parser may take a noun of the content for its subject."""
    doc, sentence = verb.doc, verb.sent
    left = next((t for t in reversed(doc[sentence.start : verb.i]) if t.text == ","), None)
    right = next((t for t in doc[verb.i + 1 : sentence.end] if t.text == ","), None)
    if left is None or right is None or left.i < subject.i < right.i:
        return None
    before = [t for t in doc[left.i + 1 : verb.i] if not t.is_punct and t.dep_ != "aux"]
    after = [t for t in doc[verb.i + 1 : right.i] if not t.is_punct]
    phrase = before or after
    if not 0 < len(phrase) <= _MAX_PARENTHETICAL_SPEAKER or any(t.pos_ not in _PHRASE_POS for t in phrase):
        return None
    if not before and not all(t.pos_ == "PROPN" for t in phrase):
        return None  # "Roe, a lawyer, said on Monday, ...": no speaker after the verb
    people = [t for t in phrase if t.ent_type_ == "PERSON"]
    heads = [t for t in phrase if not phrase[0].i <= t.head.i <= phrase[-1].i or t.head.i == t.i]
    speaker = (people or heads)[-1] if people or heads else None
    return speaker if speaker is not None and speaker.pos_ in ("NOUN", "PROPN", "PRON") else None


def _clause_of_free_adjunct(verb: Token) -> Token | None:
    """"Roe rejected the notion, saying ...", "Roe attacked the contractor who sued, saying ...":
    a participle set off by a comma speaks for the subject of the clause it closes, though the
    parser hangs it on the noun or the relative clause before it."""
    if verb.tag_ != "VBG" or not set_off(verb):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return _verb_governing(verb.head)
    if verb.dep_ == "advcl" and verb.head.dep_ == "relcl" and not set_off(verb.head):
        return _verb_governing(verb.head.head)  # not "Roe, who denied it, saying ...": Roe's words
    return None


def set_off(clause: Token) -> bool:
    """Whether a comma comes just before the phrase: ", saying ...", ", while a third said ..."."""
    return clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","


def _verb_governing(noun: Token) -> Token | None:
    """The verb of the clause a noun phrase belongs to: "made" for "a second attempt to end it"."""
    token = noun
    for _ in range(6):
        if token.dep_ not in _NOUN_PHRASE_DEPS or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def goes_on_with(word: Token, verb: Token) -> bool:
    """Whether the word opens the speaker's next words after the cue verb's reported clause."""
    reporter = reporting_verb_above(word)
    return reporter is not None and reporter.i == verb.i


def reporting_verb_above(verb: Token) -> Token | None:
    """"said A, adding that B", "said A and warned that B", "said A but added, ...": the parser hangs
    the second verb on the reported clause A, though it goes on with the reporting verb above A and
    its speaker. That reporting verb, or None."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children):
        return None
    clause = _reported_clause_holding(verb)
    if clause is None or clause.i > verb.i:
        return _closing_reporter(verb) if _participial_aside(verb) else None
    return clause.head if _participial_aside(verb) or _second_predicate(verb, clause.head) else None


def _closing_reporter(participle: Token) -> Token | None:
    """"The plan will fail, she said, blaming the council": the cue closing the clause the
    participle hangs on, with its own subject, is the one the participle goes on with."""
    return next((c for c in participle.head.children if c.dep_ in ("parataxis", "advcl") and c.i < participle.i
                 and _reports(c) and any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)


def _reported_clause_holding(verb: Token) -> Token | None:
    """The head of the cue verb's reported clause that ``verb`` hangs in, if near enough."""
    token = verb
    for _ in range(_MAX_CLAUSE_DEPTH):
        if token.head.i == token.i or token.dep_ not in _INNER_DEPS:
            return None
        token = token.head
        if token.dep_ == "ccomp" and _reports(token.head):
            return token
    return None


def _reports(verb: Token) -> bool:
    """A reporting verb, read on its word alone (unlike ``cue_verb``, which may look for its subject)."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and not hypothetical(verb) and (
        lemma in lexicon.REPORTING_VERBS or (lemma == "point" and _points_out(verb)))


def _participial_aside(verb: Token) -> bool:
    """", calling it a failure", ", noting that ...", ", citing the cost": a participle of saying
    set off by a comma."""
    return (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj", "acl")
            and ends_on_comma(verb.doc, verb.i - 1) and _of_saying(verb))


def _second_predicate(verb: Token, reporter: Token) -> bool:
    """"said A and warned that B", "said A but added, ...": a verb of saying joined to the
    reported clause, in the reporting verb's own tense."""
    return (verb.dep_ == "conj" and verb.tag_ == reporter.tag_ and verb.left_edge.i > 0
            and verb.doc[verb.left_edge.i - 1].dep_ == "cc" and _of_saying(verb))


def _of_saying(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _SHOWING_VERBS:
        return False
    return lemma in _ASIDE_VERBS or (lemma == "point" and _points_out(verb))


def _name_as_gerund(token: Token) -> bool:
    """"Denning told reporters": a capitalised name in -ing the tagger took for a clause."""
    return token.dep_ == "csubj" and (token.ent_type_ == "PERSON" or (token.is_title and not list(token.children)))


def _antecedent(verb: Token, subject: Token) -> Token:
    """"the harbour master, who said ...": a relative pronoun stands for the noun its clause hangs on."""
    if verb.dep_ == "relcl" and subject.lower_ in _RELATIVE_PRONOUNS and verb.head.pos_ in ("NOUN", "PROPN"):
        return _issuer(verb.head)
    return subject


def _issuer(noun: Token) -> Token:
    """"X issued a statement saying ...", "X hit back in an article stating ...": the statement
    is the channel, X the speaker."""
    lemma = noun.lemma_.lower()
    noun = _collection_of(noun)
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ == "in" and lemma in lexicon.AUTHORED_NOUNS:
        governor = governor.head
    elif noun.dep_ != "dobj" or not (lemma in lexicon.CHANNEL_NOUNS or (
            lemma in lexicon.AUTHORED_NOUNS and governor.lemma_.lower() in lexicon.AUTHORING_VERBS)):
        return noun
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None else noun


def _collection_of(noun: Token) -> Token:
    """"a series of tweets": the phrase the noun is counted in, which the verb governs."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return noun


def _inverted_subject(verb: Token) -> Token | None:
    """"The plan will fail, added the minister": a clause before the verb, the speaker after."""
    if verb.lemma_.lower() == "tell" or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.rights if c.dep_ in ("dobj", "npadvmod", "attr", "dep", "appos")
                 and c.pos_ in ("PROPN", "NOUN")), None)


def is_document(token: Token) -> bool:
    """Whether the word names a study, poll, report, filing or data set."""
    return token.lemma_.lower() in lexicon.DOCUMENT_NOUNS or token.lower_ in lexicon.DOCUMENT_NOUNS

"""Which words attribute speech, and whose: reporting verbs and the subjects they speak for."""
from spacy.tokens import Token

from . import lexicon

SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
_RELATIVE_PRONOUNS = frozenset(("who", "that", "which"))
_CLIMBING_DEPS = frozenset(("conj", "advcl", "xcomp", "pcomp", "ccomp", "prep"))
_CONTINUING_VERBS = frozenset(("continue", "keep", "repeat"))
_NON_STATEMENT_PREPOSITIONS = frozenset(("from", "without", "against", "of", "for"))


def cue_verb(token: Token, colon_intro: bool = False) -> bool:
    """Whether the token is a verb that can attribute speech."""
    if token.pos_ != "VERB" or token.dep_ in ("compound", "nmod") or hypothetical(token):
        return False
    lemma = token.lemma_.lower()
    if lemma == "point":
        return any(child.dep_ == "prt" and child.lower_ == "out" for child in token.children)
    if lemma == "hear":  # "the court heard": what was put to a court or an inquiry
        subject = subject_of(token)
        return subject is not None and subject.lemma_.lower() in lexicon.HEARING_NOUNS
    return lemma in lexicon.REPORTING_VERBS or (colon_intro and lemma in lexicon.COLON_ONLY_VERBS)


def hypothetical(verb: Token) -> bool:
    """"plans to announce", "did not say", "barred from claiming": nothing was stated."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in _NON_STATEMENT_PREPOSITIONS:
        return True
    infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    if infinitive and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _CONTINUING_VERBS:
        infinitive = False  # "continues to maintain": said, and said again
    return infinitive or any(child.dep_ == "neg" for child in verb.children)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The head of the phrase naming who speaks, climbing through participles and conjuncts."""
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS or _name_as_gerund(child)]
    if subjects:
        # Of two subjects the parser could not join ("Acme co-founder Jane Roe"), prefer a name.
        subject = next((s for s in subjects if s.pos_ == "PROPN"), subjects[0])
        return _antecedent(verb, subject)
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _issuer(verb.head)  # "the government recommending ...", "issued a statement saying"
    if verb.dep_ in _CLIMBING_DEPS and depth < 3 and verb.head.i != verb.i:
        return subject_of(verb.head, depth + 1)
    return None


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
    governor = noun.head
    lemma = noun.lemma_.lower()
    if noun.dep_ == "pobj" and governor.lower_ == "in" and lemma in lexicon.AUTHORED_NOUNS:
        governor = governor.head
    elif noun.dep_ != "dobj" or not (lemma in lexicon.CHANNEL_NOUNS or (
            lemma in lexicon.AUTHORED_NOUNS and governor.lemma_.lower() in lexicon.AUTHORING_VERBS)):
        return noun
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None else noun


def _inverted_subject(verb: Token) -> Token | None:
    """"The plan will fail, added the minister": a clause before the verb, the speaker after."""
    if verb.lemma_.lower() == "tell" or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    return next((c for c in verb.rights if c.dep_ in ("dobj", "npadvmod", "attr", "dep", "appos")
                 and c.pos_ in ("PROPN", "NOUN")), None)


def is_document(token: Token) -> bool:
    """Whether the word names a study, poll, report, filing or data set."""
    return token.lemma_.lower() in lexicon.DOCUMENT_NOUNS or token.lower_ in lexicon.DOCUMENT_NOUNS

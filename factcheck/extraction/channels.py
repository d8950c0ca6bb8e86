"""Where a statement was made: the outlet told, the medium used, or the outlet relaying it."""
from spacy.tokens import Token

from . import lexicon
from .authors import author_of, is_authored
from .candidates import Cue
from .clauses import opens_with_that
from .mentions import entity_index
from .spans import is_quote_mark

_MEDIUM_PREPOSITIONS = frozenset(("in", "on", "at", "during", "via", "through", "with"))


def channel_of(cue: Cue) -> str | None:
    if cue.relay is not None:
        return _phrase(cue.relay)
    if cue.subject is not None and author_of(cue.subject) is not None:
        return _document(cue.subject)  # "an email sent by A warned": A spoke, by email
    issued = cue.word.head if cue.word.dep_ == "acl" else None
    if issued is not None and is_authored(issued) and (cue.subject is None or cue.subject.i != issued.i):
        return _document(issued)  # "A issued a statement saying ..."
    verbs = _cue_verbs(cue.word)
    for verb in verbs:
        addressee = _addressee(verb)
        if addressee is not None:
            return addressee
    for verb in verbs:
        medium = _medium(verb)
        if medium is not None:
            return medium
    for verb in verbs:
        if verb.lemma_.lower() in lexicon.SOCIAL_MEDIA_VERBS:
            return lexicon.SOCIAL_MEDIA_VERBS[verb.lemma_.lower()]
    return None


def cue_text(cue: Cue) -> str:
    """The cue as written: auxiliaries and "also" kept, plus the addressee of "told"."""
    word = cue.word
    if word.lower_ == "according":
        return "according to"
    parts = [c for c in word.lefts if c.dep_ in ("aux", "neg") or (c.dep_ == "advmod" and c.lower_ == "also")]
    parts.append(word)
    parts.extend(c for c in word.rights if c.dep_ == "prt")
    if word.lemma_.lower() == "tell":
        parts.extend(t for c in word.rights if c.dep_ in ("dobj", "dative") for t in _addressee_words(c))
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


def _addressee_words(addressee: Token) -> list[Token]:
    """"told a radio host that ...": the addressee without the reported clause the parser hung on it."""
    reported = {t.i for c in addressee.children if opens_with_that(c) for t in c.subtree}
    words = [t for t in addressee.subtree if t.i not in reported and not is_quote_mark(t)]
    while words and words[-1].is_punct:
        words.pop()
    return words


def _cue_verbs(word: Token) -> list[Token]:
    """The cue verb and the verbs it is coordinated with or subordinate to ("tweeted ... and said")."""
    verbs = [word]
    while word.dep_ in ("conj", "advcl", "xcomp") and word.head.i != word.i and len(verbs) < 3:
        word = word.head
        verbs.append(word)
    return verbs


def _addressee(verb: Token) -> str | None:
    if verb.lemma_.lower() != "tell":
        return None
    for child in verb.rights:
        if child.dep_ not in ("dobj", "dative"):
            continue
        if child.pos_ == "PROPN":
            return _phrase(child)
        if child.lemma_.lower() in lexicon.MEDIA_NOUNS:
            return _outlet(child)
    return None


def _outlet(noun: Token) -> str:
    """"the state broadcaster RTN" -> "RTN"; "a local newspaper" -> "local newspaper"."""
    for child in noun.children:
        if child.dep_ in ("appos", "compound", "npadvmod") and child.pos_ == "PROPN" and child.i > noun.i:
            return _phrase(child)
    words = [t for t in noun.subtree if t.dep_ not in ("det", "punct", "relcl", "acl") and t.i <= noun.i]
    return noun.doc[words[0].i : noun.i + 1].text


def _medium(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in _MEDIUM_PREPOSITIONS:
            continue
        for noun in child.children:
            if noun.dep_ != "pobj":
                continue
            if noun.lemma_.lower() in lexicon.CHANNEL_NOUNS:
                return noun.lemma_.lower()
            if noun.pos_ == "PROPN" and child.lower_ in ("on", "via") and noun.ent_type_ not in ("DATE", "TIME"):
                return _phrase(noun)
    return None


def _document(noun: Token) -> str:
    """"fundraising email", "radio ad", "statement": the noun with the nouns before it."""
    words = [t for t in noun.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"] + [noun]
    return " ".join(t.lower_ for t in words)


def _phrase(token: Token) -> str:
    entity = entity_index(token.doc).get(token.i)
    if entity is not None:
        return entity.text
    tokens = [t for t in token.subtree if t.dep_ not in ("punct", "relcl", "acl", "appos")]
    return token.doc[tokens[0].i : tokens[-1].i + 1].text if tokens else token.text

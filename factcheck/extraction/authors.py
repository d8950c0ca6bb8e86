"""Who is behind a document that speaks: "a fundraising email sent by Senator X warned ...",
"a statement from the ministry said ...", "the council's statement said ...", "a survey by X found".
The author the text names is the speaker and the document is the channel; a document whose
author goes unnamed ("leaked emails show ...") speaks for itself."""
from spacy.tokens import Token

from . import lexicon

# Labels of names that can write: people, organisations, groups, and buildings that stand for those
# inside ("a statement from the White House"). A place is where a report came from ("a report from
# Kabul"), a date when ("Monday's statement").
_AUTHOR_LABELS = frozenset(("PERSON", "ORG", "NORP"))
_NOT_AUTHOR_LABELS = frozenset(("GPE", "LOC", "DATE", "TIME", "EVENT", "CARDINAL", "ORDINAL",
                                "QUANTITY", "MONEY", "PERCENT", "WORK_OF_ART", "LAW", "PRODUCT"))
_AUTHOR_PRONOUNS = frozenset("he she they we it him her them us his its their our".split())
# Subjects that are a share of those polled: "28 percent of voters said".
_SHARES = frozenset("percent % majority minority half third quarter most plurality".split())


def is_authored(token: Token) -> bool:
    """Whether the word names something written or said that an author can stand behind."""
    words = {token.lemma_.lower(), token.lower_}
    return bool(words & lexicon.AUTHORED_NOUNS) and not words & lexicon.DEPICTION_NOUNS


def author_of(document: Token) -> Token | None:
    """The head of the phrase naming who wrote, sent or released the document, if the text says."""
    if not is_authored(document):
        return None
    for child in document.children:
        if child.dep_ == "poss" and _can_author(child):
            return child  # "the council's statement", "her letter"
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            author = _object(child)
            if author is not None:
                return author  # "a statement from the ministry", "a survey by Brightline Polling"
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in lexicon.AUTHORING_VERBS:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                author = _object(agent)
                if author is not None:
                    return author  # "an email sent by Senator X", "a poll conducted by Y"
            writer = _relative_clause_subject(child)
            if writer is not None:
                return writer  # "a speech she gave in July", "the letter the council sent"
        if child.dep_ == "prep" and child.lower_ == "of":
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None and inner.i != document.i and is_authored(inner):
                return author_of(inner)  # "early results of an exit poll conducted by Y"
    return None


def _relative_clause_subject(clause: Token) -> Token | None:
    """"a speech Jo Roe gave": whoever gave it wrote it, whatever the tagger took the name for."""
    if clause.dep_ != "relcl":
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("that", "which", "who"):
        return None
    return subject if subject.pos_ == "PROPN" or _can_author(subject) else None


def _object(preposition: Token) -> Token | None:
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if noun is not None and noun.lemma_.lower() in lexicon.FINDING_VERBS and any(
            c.dep_ == "ccomp" for c in noun.children):
        # "data from the ministry show that ...": the verb, taken for a noun, swallowed the author.
        noun = next((c for c in noun.children if c.dep_ == "compound"), None)
    if noun is None:
        return None
    if noun.lemma_.lower() in lexicon.ACCOUNT_NOUNS:
        # "tweets from the ministry's account": the account's holder wrote them.
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        return holder if holder is not None and _can_author(holder) else None
    return noun if _can_author(noun) else None


def _can_author(token: Token) -> bool:
    """A person, an organisation, an outlet, or a pronoun for one; not a place, a time or a thing."""
    if token.pos_ == "PRON":
        return token.lower_ in _AUTHOR_PRONOUNS
    if token.ent_type_ in _AUTHOR_LABELS:
        return True
    if token.ent_type_ in _NOT_AUTHOR_LABELS:
        return False
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN":
        return True
    return (lexicon.is_person_noun(lemma) or lemma in lexicon.ORGANISATION_NOUNS or lemma in lexicon.MEDIA_NOUNS
            or token.lower_ in lexicon.ORGANISATION_NOUNS)


def pollster_of(subject: Token) -> Token | None:
    """"In a poll by X, 28 percent of voters said ...": a share of those asked answered X's poll,
    and X reports what they said."""
    if subject.lemma_.lower() not in _SHARES and not (subject.like_num and _has_of(subject)):
        return None
    for preposition in (c for c in subject.head.children if c.dep_ == "prep" and c.lower_ == "in"):
        poll = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if poll is not None and poll.lemma_.lower() in lexicon.POLL_NOUNS:
            return author_of(poll)
    return None


def _has_of(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)

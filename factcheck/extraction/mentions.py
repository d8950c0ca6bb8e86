"""What a speaker phrase says about its referent: a name, a role, a pronoun or a description."""
from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import lexicon

PRONOUN, NAME, ROLE, DESCRIPTION = "pronoun", "name", "role", "description"
_PERSON = "PERSON"
_ORGANISATION_LABELS = frozenset(("ORG", "GPE", "NORP", "FAC", "LOC"))
_MODIFIER_DEPS = frozenset(("det", "predet", "amod", "compound", "poss", "case", "nummod", "nmod", "quantmod"))
_COMPLEMENT_PREPOSITIONS = frozenset(("of", "for", "at", "by"))
_CLAUSE_DEPS = frozenset(("relcl", "acl", "advcl", "appos", "parataxis"))
_ROLE_PREPOSITIONS = frozenset("of for at in to with from on".split())
_GENDERED_PRONOUNS = frozenset("he him his himself she her hers herself".split())
_DROPPED_DETERMINERS = frozenset(("a", "an", "both", "either", "some", "another", "this", "these", "those"))


@dataclass
class Mention:
    kind: str  # PRONOUN | NAME | ROLE | DESCRIPTION
    text: str  # as written
    name: str = ""  # the name or description, cleaned
    label: str = ""  # PERSON, ORG, ... for names
    role: str | None = None
    head: str = ""  # lower-case lemma of the head noun
    definite: bool = False
    plural: bool = False  # "the researchers", "officials": a group, never one named person
    person: bool = False  # a common noun for a person: "the driver", "a waitress at the diner"
    age: str | None = None  # "Jo Roe, 84,": told as the person is introduced, never a role


def analyse(token: Token) -> Mention:
    """Read the speaker phrase headed by ``token``."""
    lower = token.lower_
    if token.pos_ == "PRON" or lower in lexicon.PERSON_PRONOUNS or lower in lexicon.THING_PRONOUNS:
        return Mention(PRONOUN, token.text, head=lexicon.PRONOUN_FORMS.get(lower, lower))
    head = token.lemma_.lower()
    person = _named_in_phrase(token, {_PERSON}) or _mislabelled_person(token)
    if person is not None:
        name, title = _strip_titles(person)
        role = ", ".join(r for r in (title, _role_around(token, person), _office_held(person.root)) if r) or None
        return Mention(NAME, _core_text(token, person), name, _PERSON, role, head, age=_age(person.root))
    core = _core(token)
    organisation = _named_in_phrase(token, _ORGANISATION_LABELS)
    if organisation is not None:
        role = _role_around(token, organisation) if organisation.root.i != token.i else _apposition(token)
        return Mention(NAME, _text(core), _clean_name(organisation.text), organisation.label_, role or None, head)
    if token.pos_ == "PROPN" and not _capitalised_role(token, core):
        name = _text(t for t in core if t.pos_ == "PROPN") or _text(core)
        return Mention(NAME, _text(core), _clean_name(name), "PROPN", _apposition(token) or None, head,
                       age=_age(token))
    return _common_noun_mention(token, core)


def _capitalised_role(token: Token, core: list[Token]) -> bool:
    """"The Senator from Vermont", "the President": an office written with a capital, naming no one
    ("The Harbour Union Leader" is a newspaper's name)."""
    other_names = any(t.pos_ == "PROPN" and t.i != token.i for t in core)
    return token.lemma_.lower() in lexicon.PERSON_ROLE_NOUNS and core[0].lower_ == "the" and not other_names


def _apposition(token: Token) -> str:
    """"Acme, the country's largest bank,": what the name is said to be."""
    appositions = [c for c in token.children if c.dep_ == "appos" and not _is_number(c)]
    return _description(_without_clauses(appositions[0])) if appositions else ""


def _common_noun_mention(token: Token, core: list[Token]) -> Mention:
    head = token.lemma_.lower()
    definite = core[0].lower_ == "the" or core[0].dep_ == "poss"
    # "the ministry" points back to a named ministry; "the Ruritanian ministry" names its own.
    bare = all(t.i == token.i or t.dep_ == "det" for t in core)
    is_role = head in lexicon.PERSON_ROLE_NOUNS or (head in lexicon.ORGANISATION_NOUNS and bare)
    person = lexicon.is_person_noun(head) or _has_who_clause(token)
    kind = ROLE if is_role or person else DESCRIPTION
    return Mention(kind, _text(core), _description(core, keep_the=True), head=head, definite=definite,
                   plural=token.tag_ == "NNS", person=person)


def _named_in_phrase(token: Token, labels: set[str] | frozenset[str]) -> Span | None:
    """A name the phrase gives: the head itself, an apposition, or a name after a title
    ("the bank's chief economist Jane Roe") -- but not a name inside a prepositional phrase
    ("a lawyer for Jane Roe", "analysts in Lisbon" do not name the speaker)."""
    if token.ent_type_ in labels:
        return _entity_of(token)
    if _PERSON in labels and _is_postnominal(token):
        return _entity_of(token.doc[token.i - 1])  # "Jane Roe KC", "John Doe Jr"
    for child in token.children:
        if child.dep_ == "appos" and child.ent_type_ in labels:
            return _entity_of(child)
    if not _is_title_or_noun(token):
        return None  # a bare proper noun is a name of its own: "said Ana Ruiz, an analyst at Acme"
    end = _phrase_end(token)
    index = entity_index(token.doc)
    names = [e for i, e in ((i, index.get(i)) for i in range(token.i + 1, end + 1))
             if e is not None and e.start == i and e.label_ in labels and e.end - 1 <= end]
    if names and not _object_of_preposition(names[-1]):
        return names[-1]
    return None


def _mislabelled_person(token: Token) -> Span | None:
    """A name the tagger took for an organisation although the text treats it as a person:
    an honorific before it ("Ms Roe"), a role noun it names ("the chief curator, Jane Roe") or
    a "who" clause after it ("Jane Roe, who chaired ...")."""
    name = _named_in_phrase(token, _ORGANISATION_LABELS)
    if name is None:
        return None
    if token.lemma_.lower() in lexicon.PERSON_ROLE_NOUNS and name.root.i != token.i:
        return name  # "the chief curator, Jo Roe"
    if name.label_ != "ORG":
        return None
    doc = token.doc
    honorific = name[0].lower_.rstrip(".") in lexicon.HONORIFICS or (
        name.start > 0 and doc[name.start - 1].lower_.rstrip(".") in lexicon.HONORIFICS)
    return name if honorific or _has_who_clause(name.root) else None


def _has_who_clause(token: Token) -> bool:
    return any(child.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in child.children)
               for child in token.children)


def _is_postnominal(token: Token) -> bool:
    """Letters or a suffix after a person's name, heading the phrase: "Jane Roe KC"."""
    short_capitals = token.text.isupper() and len(token.text) <= 4
    suffix = token.lower_.rstrip(".") in ("jr", "sr")
    before = token.doc[token.i - 1] if token.i else None
    return (token.pos_ == "PROPN" and (short_capitals or suffix) and before is not None
            and before.ent_type_ == _PERSON and before.head.i == token.i)


def _is_title_or_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    is_title = lemma in lexicon.PERSON_ROLE_NOUNS or lemma in lexicon.TITLES
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and is_title)


def _object_of_preposition(name: Span) -> bool:
    doc = name.doc
    before = name.start - 1
    while before >= 0 and doc[before].dep_ == "det":
        before -= 1
    return before >= 0 and doc[before].pos_ == "ADP"


def _phrase_end(token: Token) -> int:
    end = token.i
    for child in token.rights:
        if child.dep_ in ("prep", "compound", "pobj", "appos", "nmod", "conj"):
            end = max(end, child.right_edge.i)
    return end


def _entity_of(token: Token) -> Span | None:
    return entity_index(token.doc).get(token.i)


def entity_index(doc) -> dict[int, Span]:
    """Token index -> the named entity covering it, built once per parsed paragraph."""
    if "entity_at" not in doc.user_data:
        doc.user_data["entity_at"] = {i: entity for entity in doc.ents for i in range(entity.start, entity.end)}
    return doc.user_data["entity_at"]


def _core(token: Token) -> list[Token]:
    """The head with its premodifiers, an "of" complement ("the government of Ruritania") and a
    postmodifying adjective ("a person familiar with the matter"), without relative clauses."""
    tokens = [token]
    for child in token.lefts:
        if child.dep_ in _MODIFIER_DEPS:
            tokens.extend(child.subtree)
    for child in token.rights:
        if child.dep_ in ("compound", "flat", "amod") or (
                child.dep_ == "prep" and child.lower_ in _COMPLEMENT_PREPOSITIONS):
            tokens.extend(_without_relative_clauses(child))
    tokens = sorted(set(tokens), key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in _DROPPED_DETERMINERS):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens or [token]


def _without_relative_clauses(token: Token) -> list[Token]:
    """The subtree of ``token`` less any clause hung on it: "retailers, who declined to be named"."""
    clauses = [t for t in token.subtree if t.dep_ in _CLAUSE_DEPS and t.i != token.i]
    dropped = {d.i for clause in clauses for d in clause.subtree}
    return [t for t in token.subtree if t.i not in dropped]


def _core_text(token: Token, person: Span) -> str:
    if token.ent_type_ == _PERSON:
        return person.text
    return _text(_core(token)) if person.start >= token.left_edge.i else person.text


def _role_around(token: Token, person: Span) -> str:
    """The role an apposition or a title before the name gives: "Jane Roe, the mayor,". An age
    ("Jo Roe, 84,") or a phrase without a word of content ("one of them, Jo Roe,") is none."""
    tokens = _role_tokens(token, person)
    return _description(tokens) if _has_content(tokens) else ""


def _role_tokens(token: Token, person: Span) -> list[Token]:
    if token.ent_type_ == _PERSON:
        for child in token.children:
            if child.dep_ == "appos" and child.ent_type_ != _PERSON and not _is_number(child):
                return _without_clauses(child)
        return [t for t in token.subtree if t.i < person.start and t.dep_ != "punct"
                and t.lower_.rstrip(".") not in lexicon.HONORIFICS]
    if person.root.i != token.i and person.root.dep_ == "appos":
        # "Head of Foreign Relations for the Front of Ruritania, Jo Roe": the parser hangs the
        # name on the last noun; the role is the whole phrase it ends.
        top = _top_of_prepositions(token)
        named = {t.i for t in person.root.subtree}
        return [t for t in _without_clauses(top, exclude=person.root) if t.i not in named]
    return [t for t in _without_clauses(token) if t.i < person.start]


def _has_content(tokens: list[Token]) -> bool:
    return any(t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and not t.like_num for t in tokens)


def _is_number(token: Token) -> bool:
    return token.pos_ == "NUM" or token.like_num


def _age(name: Token) -> str | None:
    """"Jo Roe, 84," -- a bare number in apposition to a person's name is an age."""
    return next((c.text for c in name.children if c.dep_ == "appos" and _is_number(c)), None)


def _office_held(name: Token) -> str:
    """"Jo Roe, who chairs the finance committee": the role a "who" clause gives ("chair of the finance committee")."""
    for clause in (c for c in name.children if c.dep_ == "relcl" and c.lemma_.lower() in lexicon.ROLE_VERBS):
        who = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
        office = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if who and office is not None:
            return f"{lexicon.ROLE_VERBS[clause.lemma_.lower()]} of {_description(list(office.subtree))}"
    return ""


def _top_of_prepositions(token: Token) -> Token:
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in ("NOUN", "PROPN"):
        token = token.head.head
    return token


_CLAUSE_AND_APPOSITION_DEPS = frozenset(("relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct", "appos"))


def _without_clauses(token: Token, exclude: Token | None = None) -> list[Token]:
    excluded = exclude.i if exclude is not None else None
    tokens = [token]
    for child in token.children:
        if child.i != excluded and child.dep_ not in _CLAUSE_AND_APPOSITION_DEPS:
            tokens.extend(child.subtree)
    return sorted(tokens, key=lambda t: t.i)


def _strip_titles(person: Span) -> tuple[str, str]:
    words = person.text.split()
    titles = []
    while len(words) > 1 and words[0].lower() in lexicon.TITLES:
        titles.append(words.pop(0))
    return _clean_name(" ".join(words)), " ".join(titles)


def _clean_name(name: str) -> str:
    name = name.strip(" \xa0,.;:\"“”'’—–―")  # a dash signing a quotation may be tagged with the name
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.lower().startswith("the "):
        name = name[4:]
    return name


def _description(tokens: list[Token], keep_the: bool = False) -> str:
    tokens = [t for t in tokens if not (t.is_punct and t.text not in "()-–")]
    dropped = _DROPPED_DETERMINERS if keep_the else _DROPPED_DETERMINERS | {"the"}
    while tokens and tokens[0].lower_ in dropped:
        tokens = tokens[1:]
    return _text(tokens)


def _text(tokens) -> str:
    tokens = list(tokens)
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def gender_of(mention: Mention, token: Token) -> str | None:
    """Gender the words themselves give: a pronoun, a title, a gendered role noun."""
    words = set()
    previous = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    words.update(w.lower().rstrip(".") for w in mention.text.split()[:2])
    words.update(t.lower_.rstrip(".") for child in token.lefts for t in child.subtree)
    if previous is not None:
        words.add(previous.lower_.rstrip("."))
    # "his lawyer, Jane Roe": a pronoun beside the phrase is someone else's gender.
    words = (words - _GENDERED_PRONOUNS) | {mention.head} | _role_heads(mention.role)
    if words & lexicon.MALE_WORDS:
        return "male"
    if words & lexicon.FEMALE_WORDS:
        return "female"
    return None


def _role_heads(role: str | None) -> set[str]:
    """The head noun of each role the phrase gives: "mother" in "Jo Roe, a mother of three,"."""
    heads = set()
    for part in (role or "").casefold().split(","):
        words = part.split()
        before = next((i for i, w in enumerate(words) if w in _ROLE_PREPOSITIONS), len(words))
        if before:
            heads.add(words[before - 1])
    return heads

"""Who speaks: names gathered into people and organisations, and pronouns and role nouns
("he", "the envoy", "the ministry") linked back to them by gender, role and salience."""
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from . import lexicon
from .authors import author_of, pollster_of
from .mentions import DESCRIPTION, NAME, PRONOUN, ROLE, Mention, analyse, entity_index, gender_of

PERSON, ORGANISATION, MEDIA, DOCUMENT = "person", "organisation", "media", "document"
_NON_PERSON_LABELS = frozenset(("ORG", "GPE", "NORP", "FAC", "LOC"))
_PLACE_LABELS = frozenset(("GPE", "LOC"))
_DOCUMENT_REACH = 600  # characters: about two news paragraphs
_RIVAL_REACH = 300  # characters: about the sentence before


@dataclass(eq=False)
class Entity:
    name: str
    kind: str
    label: str = ""
    role: str | None = None
    gender: str | None = None
    age: str | None = None
    aliases: list[str] = field(default_factory=list)
    members: list["Entity"] = field(default_factory=list)  # those speaking jointly: "A and B said"
    author: "Entity | None" = None  # who stands behind a document: "an email sent by A"
    first_seen: int = -1
    last_seen: int = -1
    last_subject: int = -1
    last_spoke: int = -1

    @property
    def salience(self) -> tuple[int, int]:
        """Being a subject or a speaker counts first; any mention breaks the tie."""
        return max(self.last_subject, self.last_spoke), self.last_seen

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


@dataclass
class Resolution:
    entity: Entity | None
    mention: str


class Discourse:
    """The people and organisations met so far, in reading order."""

    def __init__(self):
        self.entities: list[Entity] = []
        self._by_name: dict[str, Entity] = {}
        self._by_surname: dict[str, Entity] = {}

    # -- reading the text -------------------------------------------------------------
    def observe_name(self, span: Span, position: int, is_subject: bool) -> None:
        head = _phrase_head(span.root)
        mention = analyse(head)
        if mention.kind != NAME or not mention.name:
            return
        entity = self._named(mention)
        self._touch(entity, position, is_subject)
        partners = _joint_partners(head, mention) if is_subject else []
        if partners:
            # "A and B wrote to the board. They said ...": the pair is what "they" points back to.
            self._touch(self._joint([mention, *(analyse(p) for p in partners)]), position, True)
        gender = gender_of(mention, span.root)
        if entity.kind == PERSON and gender and not entity.gender:
            entity.gender = gender

    def observe_surname(self, token: Token, position: int) -> None:
        """A known person's surname the tagger missed ("Bright disputes that."), opening a sentence."""
        entity = self._by_surname.get(token.text)
        if entity is not None:
            self._touch(entity, position, True)

    def observe_outlet(self, token: Token, position: int) -> None:
        """"told Hasht-e Subh": the addressee is an outlet that "the report" may point back to."""
        mention = analyse(token)
        if mention.kind != NAME or not mention.name or mention.label == "PERSON":
            return
        key = mention.name.casefold()
        entity = self._by_name.get(key)
        if entity is None:
            entity = Entity(mention.name, MEDIA, mention.label)
            self._by_name[key] = entity
            self.entities.append(entity)
        self._touch(entity, position, False)

    def observe_pronoun(self, token: Token, position: int) -> None:
        """A pronoun subject outside any claim: teaches its referent's gender, keeps it salient."""
        entity = self._pronoun_referent(token.lower_, position)
        if entity is not None:
            self._touch(entity, position, True)

    def observe_description(self, token: Token, position: int) -> None:
        """An unnamed organisation as a narration subject: "The national audit office thinks not"."""
        mention = analyse(token)
        if mention.kind == DESCRIPTION and mention.name:
            self._touch(self._described(mention), position, True)

    def observe_role(self, token: Token, position: int) -> None:
        """A role noun as a narration subject: the person known to hold that role comes forward."""
        mention = analyse(token)
        if mention.kind == ROLE and mention.definite:
            entity = self._person_in_role(mention.head)
            if entity is not None:
                self._touch(entity, position, True)

    def resolve(self, token: Token, position: int) -> Resolution:
        """The speaker named by the subject phrase headed by ``token``: the author of a document
        the text says wrote it, both of two people speaking jointly."""
        pollster = pollster_of(token)
        if pollster is not None:
            return self.resolve(pollster, position)
        author = author_of(token)
        if author is not None:
            written = self._described(analyse(token))
            resolution = self.resolve(author, position)
            if written is not None and resolution.entity is not None:
                written.author = resolution.entity
                self._touch(written, position, False)
            return resolution
        mention = analyse(token)
        partners = _joint_partners(token, mention)
        if partners:
            entity = self._joint([mention, *(analyse(p) for p in partners)])
            for member in entity.members:
                self._touch(member, position, True)
        elif mention.kind == PRONOUN:
            entity = _by_author(self._pronoun_referent(mention.head, position))
        elif mention.kind == NAME:
            entity = self._named(mention)
        elif mention.kind == ROLE and mention.definite and not mention.plural:
            entity = self._role_referent(mention) or self._described(mention)
        elif mention.definite and mention.head in lexicon.DOCUMENT_NOUNS:
            entity = _by_author(self._document_referent(mention.head, position) or self._described(mention))
        else:
            entity = self._described(mention)
        if entity is not None:
            # Aliases are name forms only (kept by _named); "he" or "the envoy" stays the mention.
            self._touch(entity, position, True)
            entity.last_spoke = position
        return Resolution(entity, mention.text)

    # -- names ------------------------------------------------------------------------
    def _named(self, mention: Mention) -> Entity:
        name = mention.name
        key = name.casefold()
        entity = self._by_name.get(key)
        if entity is None and (mention.label in ("PERSON", "PROPN") or len(name.split()) == 1):
            entity = self._same_person(name)
        if entity is None:
            entity = Entity(name, _kind_of_name(name, mention.label), mention.label)
            self.entities.append(entity)
        elif len(name) > len(entity.name) and entity.kind == PERSON and mention.label == "PERSON":
            entity.add_alias(entity.name)
            entity.name = name
        entity.add_alias(name)
        self._by_name[key] = entity
        if entity.kind == PERSON:
            self._by_surname[entity.name.split()[-1]] = entity
        if mention.role and not entity.role:
            entity.role = mention.role
        if mention.age and not entity.age:
            entity.age = mention.age
        return entity

    def _joint(self, mentions: list[Mention]) -> Entity:
        """"Senators A and B said": one speaker naming both, beside each of them on their own."""
        members = list({id(e): e for e in (self._named(m) for m in mentions)}.values())
        if len(members) == 1:
            return members[0]
        names = [m.name for m in members]
        name = f"{', '.join(names[:-1])} and {names[-1]}"
        key = name.casefold()
        entity = self._by_name.get(key)
        if entity is None:
            kind = PERSON if all(m.kind == PERSON for m in members) else ORGANISATION
            entity = Entity(name, kind, "JOINT", members=members)
            self._by_name[key] = entity
            self.entities.append(entity)
        return entity

    def _same_person(self, name: str) -> Entity | None:
        """"Roe" after "Jane Roe"; "Jane Roe" after a bare "Roe"."""
        words = name.casefold().split()
        best = None
        for entity in self.entities:
            if entity.kind != PERSON:
                continue
            known = entity.name.casefold().split()
            if known[-len(words):] == words or words[-len(known):] == known:
                if best is None or entity.last_seen > best.last_seen:
                    best = entity
        return best

    # -- pronouns and role nouns --------------------------------------------------------
    def _pronoun_referent(self, pronoun: str, position: int) -> Entity | None:
        if pronoun in ("he", "she"):
            entity = self._gendered_referent(lexicon.PERSON_PRONOUNS[pronoun])
            if entity is not None and entity.gender is None and not self._unknown_rival(entity, position):
                entity.gender = lexicon.PERSON_PRONOUNS[pronoun]
            return entity
        if pronoun == "they":
            return self._most_salient(lambda e: e.kind != PERSON or bool(e.members))
        if pronoun in lexicon.THING_PRONOUNS:
            return self._most_salient(lambda e: e.kind != PERSON)
        return None

    def _unknown_rival(self, entity: Entity, position: int) -> bool:
        """Whether another person of unknown gender was named just before: "Roe described Doe as a
        disgrace after she ..." tells neither's gender, so the guess teaches none."""
        return any(other is not entity and other.kind == PERSON and not other.members and other.gender is None
                   and 0 <= position - other.last_seen <= _RIVAL_REACH for other in self.entities)

    def _gendered_referent(self, gender: str) -> Entity | None:
        """The most salient person the pronoun fits. Unless the most salient has just been
        speaking or been made the subject since, a person known to fit beats one of unknown gender."""
        people = [e for e in self.entities if e.kind == PERSON and not e.members and e.last_seen >= 0
                  and e.gender in (None, gender)]
        if not people:
            return None
        people.sort(key=lambda e: e.salience, reverse=True)
        latest_speaker = max(self.entities, key=lambda e: e.last_spoke)
        if people[0] is latest_speaker and people[0].last_spoke >= 0:
            return people[0]
        if 0 <= latest_speaker.last_spoke < people[0].last_subject:
            return people[0]  # a new subject after someone's turn: "Her rival, Jo Roe, disagreed. She said"
        known = [e for e in people[:2] if e.gender == gender]
        return known[0] if known else people[0]

    def _role_referent(self, mention: Mention) -> Entity | None:
        if mention.head in lexicon.ORGANISATION_NOUNS:
            return self._organisation_referent(mention.head)
        entity = self._person_in_role(mention.head, _modifiers(mention))
        if entity is None and mention.head in lexicon.PERSON_ROLE_NOUNS:
            # "the envoy" may be the last person named, unless the text gave that person
            # another office: "the mayor" is not the analyst quoted just before. "The driver"
            # is only someone the text called a driver.
            entity = self._most_salient(lambda e: e.kind == PERSON and not e.members)
            entity = entity if entity is not None and not _holds_office(entity.role) else None
        if entity is not None and not entity.role:
            entity.role = mention.name.removeprefix("the ").removeprefix("The ")
        return entity

    def _person_in_role(self, head: str, modifiers: frozenset[str] = frozenset()) -> Entity | None:
        """The most salient person holding that role; a near synonym only when no one holds the word
        itself: "the chief executive" is not the medical director quoted last. Of two people in the
        role, "the finance chair" is the one whose role names finance."""
        exact = self._most_salient(lambda e: e.kind == PERSON and _shares_role(e.role, frozenset((head,)))
                                   and (not modifiers or _shares_role(e.role, modifiers)))
        if exact is None and modifiers:
            return self._person_in_role(head)
        related = related_roles(head)
        return exact or self._most_salient(lambda e: e.kind == PERSON and _shares_role(e.role, related))

    def _organisation_referent(self, head: str) -> Entity | None:
        """The body last met whose name or description holds the word; else one described by a word
        of the same meaning: "the agency" for "the F.C.R., the country's financial regulator"."""
        def fits(entity: Entity) -> bool:
            if entity.kind in (PERSON, DOCUMENT):
                return False  # "the ministry" is not the "internal ministry email"
            if head in entity.name.casefold().split() or _shares_role(entity.role, frozenset((head,))):
                return True
            return head in lexicon.PLACE_ORGANISATION_NOUNS and entity.label in _PLACE_LABELS

        synonyms = _synonyms(head, lexicon.ORGANISATION_SYNONYMS)

        def fits_related(entity: Entity) -> bool:
            return entity.kind == ORGANISATION and _shares_role(entity.role, synonyms)

        candidates = [e for e in self.entities if fits(e)] or [e for e in self.entities if fits_related(e)]
        return max(candidates, key=lambda e: e.last_seen, default=None)

    def _document_referent(self, head: str, position: int) -> Entity | None:
        """"the report", "the document": the study, poll or filing cited just before (or, for a
        report, the outlet). Further back, another document is as likely as the same one."""
        kinds = (DOCUMENT, MEDIA) if head in lexicon.MEDIA_OR_DOCUMENT_NOUNS else (DOCUMENT,)
        return self._most_salient(lambda e: e.kind in kinds and position - e.last_seen <= _DOCUMENT_REACH)

    def _described(self, mention: Mention) -> Entity | None:
        if not mention.name:
            return None
        key = mention.name.casefold().removeprefix("the ")
        entity = self._by_name.get(key)
        if entity is None and _capitalised(mention.name):
            entity = self._same_person(mention.name)  # "Roe replied", with "Roe" tagged a noun
        if entity is None:
            entity = Entity(mention.name, _kind_of_description(mention), "NOUN")
            self._by_name[key] = entity
            self.entities.append(entity)
        return entity

    def _most_salient(self, accept) -> Entity | None:
        best = None
        for entity in self.entities:
            if accept(entity) and entity.last_seen >= 0 and (best is None or entity.salience > best.salience):
                best = entity
        return best

    @staticmethod
    def _touch(entity: Entity, position: int, is_subject: bool) -> None:
        if entity.first_seen < 0:
            entity.first_seen = position
        entity.last_seen = max(entity.last_seen, position)
        if is_subject:
            entity.last_subject = max(entity.last_subject, position)


def _by_author(entity: Entity | None) -> Entity | None:
    """"The email said", "it said": a document pointed back to speaks for its author."""
    return entity.author if entity is not None and entity.author is not None else entity


def _joint_partners(token: Token, mention: Mention) -> list[Token]:
    """The other names in "A and B said" or "two senators, A and B, said"."""
    if mention.kind != NAME:
        return []
    heads = [token, *(c for c in token.children if c.dep_ == "appos" and c.ent_type_ == mention.label)]
    partners = []
    for head in heads:
        for conjunct in _conjuncts(head):
            if _same_name(head, conjunct):
                continue  # "the Department for Roads and Infrastructure": one name
            if analyse(conjunct).kind != NAME:
                return []  # "Jo Roe and her lawyers said": not two names
            partners.append(conjunct)
    return partners


def _conjuncts(token: Token):
    """"A, B and C": B hangs on A, C on B."""
    conjunct = next((c for c in token.children if c.dep_ == "conj"), None)
    while conjunct is not None:
        yield conjunct
        conjunct = next((c for c in conjunct.children if c.dep_ == "conj"), None)


def _same_name(token: Token, other: Token) -> bool:
    entity = entity_index(token.doc).get(token.i)
    return entity is not None and entity.start <= other.i < entity.end


def _phrase_head(token: Token) -> Token:
    """"The mayor, Jane Roe,": the name hangs on the role noun that heads the phrase."""
    while token.dep_ in ("compound", "appos", "flat") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def _kind_of_name(name: str, label: str) -> str:
    words = set(name.casefold().split())
    if words & lexicon.MEDIA_WORDS:
        return MEDIA
    if label == "PERSON":
        return PERSON
    if name.isupper():
        return ORGANISATION
    if label in _NON_PERSON_LABELS or words & lexicon.ORGANISATION_NOUNS:
        return ORGANISATION
    return PERSON if label == "PROPN" and name[:1].isupper() else ORGANISATION


def _capitalised(name: str) -> bool:
    return all(word[:1].isupper() for word in name.split())


def _kind_of_description(mention: Mention) -> str:
    if mention.person or mention.head in lexicon.PERSON_ROLE_NOUNS:
        return PERSON
    if mention.head in lexicon.DOCUMENT_NOUNS or mention.head in lexicon.AUTHORED_NOUNS:
        return DOCUMENT
    if mention.head in ("media", "newspaper", "magazine", "outlet", "broadcaster"):
        return MEDIA
    return ORGANISATION


def _modifiers(mention: Mention) -> frozenset[str]:
    """The words that narrow a role: "finance" in "the finance chair"."""
    words = set(mention.name.casefold().replace("-", " ").split()) - {"the", mention.head}
    return frozenset(words - lexicon.PERSON_ROLE_NOUNS)


def related_roles(head: str) -> frozenset[str]:
    return _synonyms(head, lexicon.ROLE_SYNONYMS)


def _synonyms(head: str, groups) -> frozenset[str]:
    """The group of words of the same meaning that holds the word, else the word alone."""
    return next((group for group in groups if head in group), frozenset((head,)))


def _holds_office(role: str | None) -> bool:
    return bool(role) and bool(set(role.casefold().replace("-", " ").split()) & lexicon.PERSON_ROLE_NOUNS)


def _shares_role(role: str | None, related: frozenset[str]) -> bool:
    return bool(role) and bool(set(role.casefold().replace("-", " ").split()) & related)

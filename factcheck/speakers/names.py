"""Is a speaker's name a name, and does it identify someone beyond one article?

Only names identify people across articles. A description ("the envoy", "Afghanistan's
ambassador", "officials"), a pronoun or a bare surname is true only inside the article that
wrote it, so it never links two articles by itself.
"""
from ..extraction import lexicon

DETERMINERS = frozenset("""
    the a an this that these those his her its their our my your some many several one two three
    four five other another each every all both any no most few such
""".split())
PRONOUNS = frozenset("i we you he she it they them him her us who".split())
# Lower-case words that may stand inside a name: "Bank of England", "Ursula von der Leyen".
NAME_PARTICLES = frozenset("""
    of and for the on in at de del della di da do dos das du van von der den ter la le el al bin ibn
    bint y e &
""".split())
# People spoken of as a group: "Analysts said", "Critics say".
GROUP_NOUNS = frozenset("""
    critics sources observers supporters opponents protesters witnesses people residents insiders
    aides diplomats investigators voters users customers parents others locals villagers citizens
    officials experts analysts authorities
""".split())
GENERIC_WORDS = (lexicon.PERSON_ROLE_NOUNS | lexicon.ORGANISATION_NOUNS | lexicon.DOCUMENT_NOUNS
                 | lexicon.MEDIA_NOUNS | {title.rstrip(".") for title in lexicon.TITLES} | GROUP_NOUNS)


def words_of(text: str) -> list[str]:
    return text.replace("\u2019", "'").split()


def is_generic(word: str) -> bool:
    """A word of the trade ("minister", "Ministry", "officials"), not part of what names someone."""
    word = word.lower().strip(".,;:'\"")
    singulars = {word[:-3] + "y", word[:-1]} if word.endswith("ies") else {word.rstrip("s")}
    return bool(({word} | singulars) & GENERIC_WORDS)


def is_name(text: str) -> bool:
    """A proper name: capitalised words, no determiner or pronoun first, no possessive, not just job words."""
    words = words_of(text)
    if not words or words[0].lower() in DETERMINERS | PRONOUNS:
        return False
    if any(word.lower().endswith("'s") or word.endswith("'") for word in words[:-1]):
        return False
    proper = [word for word in words if word.lower() not in NAME_PARTICLES]
    if not proper or not all(word[0].isupper() or word[0].isdigit() for word in proper):
        return False
    return not all(is_generic(word) for word in proper)


def identifies_across_articles(name: str, kind: str) -> bool:
    """Whether `name` alone is enough to say two articles quote the same speaker.

    A person needs a full name (two words besides titles: "Ada Quill", not "Minister Quill");
    an organisation or outlet needs a name whose head is not a common noun ("Reuters", not
    "Foreign Ministry", which every country has); a document is always the article's own.
    """
    if kind == "document" or not is_name(name):
        return False
    words = [word for word in words_of(name) if word.lower() not in NAME_PARTICLES]
    if kind == "person":
        return sum(not is_generic(word) for word in words) >= 2
    head = words_of(name.split(" of ")[0])[-1]
    return not is_generic(head)

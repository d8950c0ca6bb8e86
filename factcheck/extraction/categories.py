"""Claim categories from ``categories.toml``: editable without touching the code.

Each ``[categories.KEY]`` table has a ``label``, single-word ``terms`` and multi-word
``phrases`` (each word compared with a token's lemma and its lower-case form), and
optionally ``context``: words of which at least one must occur in the claim's paragraph.
"""
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Token

CONFIG_DIR_ENV_VAR = "FACTCHECK_CONFIG_DIR"
FILE_NAME = "categories.toml"
REPO_CONFIG = Path(__file__).resolve().parents[2] / "config"
Forms = frozenset[str]


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    terms: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    context: frozenset[str] = frozenset()
    phrases_by_first_word: dict[str, list[tuple[str, ...]]] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.phrases:
            index.setdefault(phrase[0], []).append(phrase)
        object.__setattr__(self, "phrases_by_first_word", index)

    def hits(self, words: list[Forms]) -> int:
        """How many terms and phrases occur among the words (each given as its forms)."""
        count = 0
        for i, forms in enumerate(words):
            count += bool(forms & self.terms)
            for form in forms:
                for phrase in self.phrases_by_first_word.get(form, ()):
                    count += _phrase_at(phrase, words, i)
        return count

    def context_met(self, paragraph_words: Forms) -> bool:
        return not self.context or bool(paragraph_words & self.context)


@dataclass(frozen=True)
class Categories:
    categories: tuple[Category, ...]

    def classify(self, tokens: list[Token], paragraph_words: Forms) -> str | None:
        """The category with most hits in the claim (earlier in the file wins a tie)."""
        words = [_forms(t) for t in tokens]
        best, best_hits = None, 0
        for category in self.categories:
            hits = category.hits(words)
            if hits > best_hits and category.context_met(paragraph_words):
                best, best_hits = category.key, hits
        return best

    def keys(self) -> list[str]:
        return [category.key for category in self.categories]


def default_path() -> Path:
    configured = os.environ.get(CONFIG_DIR_ENV_VAR)
    if configured:
        return Path(configured) / FILE_NAME
    return REPO_CONFIG / FILE_NAME


def load_categories(path: str | os.PathLike | None = None) -> Categories:
    with open(path or default_path(), "rb") as handle:
        data = tomllib.load(handle)
    tables = data.get("categories", {})
    return Categories(tuple(_category(key, table) for key, table in tables.items()))


def paragraph_words(doc: Doc) -> Forms:
    """Lemmas and lower-case forms of a paragraph, computed once per paragraph."""
    if "category_words" not in doc.user_data:
        doc.user_data["category_words"] = frozenset().union(*(_forms(t) for t in doc))
    return doc.user_data["category_words"]


def _category(key: str, table: dict) -> Category:
    entries = [term.strip().lower() for term in table.get("terms", []) + table.get("phrases", []) if term.strip()]
    return Category(
        key=key,
        label=table.get("label", key),
        terms=frozenset(entry for entry in entries if " " not in entry),
        phrases=tuple(tuple(entry.split()) for entry in entries if " " in entry),
        context=frozenset(word.strip().lower() for word in table.get("context", [])),
    )


def _phrase_at(phrase: tuple[str, ...], words: list[Forms], i: int) -> bool:
    return i + len(phrase) <= len(words) and all(phrase[k] in words[i + k] for k in range(1, len(phrase)))


def _forms(token: Token) -> Forms:
    return frozenset((token.lemma_.lower(), token.lower_))

"""Claim categories from ``categories.toml``: editable without touching the code.

Each ``[categories.KEY]`` table has a ``label``, single-word ``terms`` and multi-word
``phrases`` (compared with each word's lemma and its lower-case form), and optionally
``context``: words of which at least one must occur in the claim's paragraph.
"""
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

CONFIG_DIR_ENV_VAR = "FACTCHECK_CONFIG_DIR"
FILE_NAME = "categories.toml"


@dataclass(frozen=True)
class Category:
    key: str
    label: str
    terms: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    context: frozenset[str] = frozenset()

    def hits(self, tokens: list[Token]) -> int:
        words = [_forms(t) for t in tokens]
        count = sum(1 for forms in words if forms & self.terms)
        for phrase in self.phrases:
            count += sum(1 for i in range(len(words) - len(phrase) + 1)
                         if all(phrase[k] in words[i + k] for k in range(len(phrase))))
        return count

    def context_met(self, paragraph_tokens: list[Token]) -> bool:
        return not self.context or any(_forms(t) & self.context for t in paragraph_tokens)


@dataclass(frozen=True)
class Categories:
    categories: tuple[Category, ...]

    def classify(self, tokens: list[Token], paragraph_tokens: list[Token]) -> str | None:
        """The category with most hits in the claim (earlier in the file wins a tie)."""
        best, best_hits = None, 0
        for category in self.categories:
            hits = category.hits(tokens)
            if hits > best_hits and category.context_met(paragraph_tokens):
                best, best_hits = category.key, hits
        return best

    def keys(self) -> list[str]:
        return [category.key for category in self.categories]


def default_path() -> Path:
    configured = os.environ.get(CONFIG_DIR_ENV_VAR)
    if configured:
        return Path(configured) / FILE_NAME
    return Path(__file__).resolve().parents[2] / "config" / FILE_NAME


def load_categories(path: str | os.PathLike | None = None) -> Categories:
    with open(path or default_path(), "rb") as handle:
        data = tomllib.load(handle)
    tables = data.get("categories", {})
    return Categories(tuple(_category(key, table) for key, table in tables.items()))


def _category(key: str, table: dict) -> Category:
    words = [term.strip().lower() for term in table.get("terms", []) if term.strip()]
    phrases = [p.lower().split() for p in table.get("phrases", []) if p.strip()]
    return Category(
        key=key,
        label=table.get("label", key),
        terms=frozenset(w for w in words if " " not in w),
        phrases=tuple(tuple(p) for p in phrases + [w.split() for w in words if " " in w]),
        context=frozenset(w.strip().lower() for w in table.get("context", [])),
    )


def _forms(token: Token) -> frozenset[str]:
    return frozenset((token.lemma_.lower(), token.lower_))

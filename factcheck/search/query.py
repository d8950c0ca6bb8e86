"""What a person types, parsed into words and "quoted phrases" that no input can turn into query syntax."""
import re
from dataclasses import dataclass

from .folding import fold

MAX_INPUT = 500
MAX_PHRASES = 12
MAX_WORDS_PER_PHRASE = 12
MAX_WORD = 64  # longer words are cut and searched as prefixes
# Words as both databases' tokenizers cut them: letters and digits; everything else separates.
WORD = re.compile(r"[^\W_]+")
CHUNK = re.compile(r'"([^"]*)(?:"|$)|([^"\s]+)')


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    prefix: bool  # the last word may be the start of a longer one


@dataclass(frozen=True)
class SearchQuery:
    phrases: tuple[Phrase, ...]

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def fts5(self) -> str:
        """An FTS5 MATCH expression: every phrase must match, bare words as prefixes."""
        return " ".join(f'"{" ".join(p.words)}"' + ("*" if p.prefix else "") for p in self.phrases)

    def tsquery(self) -> str:
        """The same search as a PostgreSQL tsquery (for to_tsquery)."""
        return " & ".join(" <-> ".join(f"'{word}'" for word in p.words) + (":*" if p.prefix else "")
                          for p in self.phrases)


def parse(text: str) -> SearchQuery:
    """A quoted stretch is an exact phrase (an unclosed quote runs to the end of the input); an unquoted
    chunk is one too ("don't", "U.S."), its last word a prefix, so that a word's start finds the word.
    Words are lower-cased and their accents folded, as the index folds them."""
    phrases = []
    for quoted, bare in CHUNK.findall(text[:MAX_INPUT]):
        words = tuple(fold(word).lower()[:MAX_WORD] for word in WORD.findall(quoted or bare))
        words = words[:MAX_WORDS_PER_PHRASE]
        long_word = any(len(word) == MAX_WORD for word in words)
        phrase = Phrase(words, prefix=bool(bare) or long_word)
        if words and phrase not in phrases:
            phrases.append(phrase)
    return SearchQuery(tuple(phrases[:MAX_PHRASES]))

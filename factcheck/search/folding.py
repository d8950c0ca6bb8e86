"""Letters searched without their accents: "pena" finds "Peña" and "Peña" finds "Pena".

SQLite's FTS5 tokenizer folds them itself (remove_diacritics 2); PostgreSQL's index and every query
fold them with this table, so both databases and the highlighter agree on what matches.
"""
import unicodedata

# Latin letters that are a plain letter under accents: U+00C0 to U+1EFF.
_LATIN = range(0xC0, 0x1F00)


def _plain_letter(char: str) -> str | None:
    base, *marks = unicodedata.normalize("NFKD", char)
    if base.isascii() and base.isalpha() and marks and all(unicodedata.combining(mark) for mark in marks):
        return base.lower()
    return None


_TABLE = {char: plain for char in map(chr, _LATIN) if (plain := _plain_letter(char))}
ACCENTED = "".join(_TABLE)
PLAIN = "".join(_TABLE.values())
_TRANSLATION = str.maketrans(ACCENTED, PLAIN)


def fold(text: str) -> str:
    """`text` with accented Latin letters as their plain lower-case letter."""
    return text.translate(_TRANSLATION)

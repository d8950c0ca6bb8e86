"""Versions of one story: a bottom-k MinHash sketch of the body's word shingles.

Each text keeps the SKETCH_SIZE smallest hashes of its SHINGLE_WORDS-word shingles (one hash
per shingle, so a 1 MB article is sketched in a fraction of a second). Two sketches estimate the
Jaccard similarity of the texts: of the k smallest hashes of their union, the share both hold.
Whitespace and case do not count; a few edited words change only a few shingles.
"""
import hashlib
import re

SHINGLE_WORDS = 5
SKETCH_SIZE = 128
SAME_STORY = 0.8
WORD = re.compile(r"\w+")


def sketch(text: str) -> list[int]:
    words = WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    hashes = {int.from_bytes(hashlib.blake2b(s.encode(), digest_size=7).digest(), "big") for s in shingles}
    return sorted(hashes)[:SKETCH_SIZE]


def similarity(first: list[int], second: list[int]) -> float:
    if not first or not second:
        return 0.0
    union = sorted(set(first) | set(second))[:SKETCH_SIZE]
    both = set(first) & set(second)
    return sum(1 for value in union if value in both) / len(union)

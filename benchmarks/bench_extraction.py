"""Extraction throughput next to bare spaCy ``nlp.pipe`` on the same texts, same model.

    python benchmarks/bench_extraction.py [--min-words 50000] [--rounds 3]

Uses the dev corpus (../shared/corpus/dev) when present, else generated paragraphs;
texts are repeated until there are at least --min-words words. Each side is warmed up,
then timed --rounds times; the best round counts.

The extractor parses line by line (paragraphs), which spaCy does faster than whole articles;
the second baseline pipes those same paragraphs, so its ratio is the cost of the rules alone.
"""
import argparse
import time
from pathlib import Path

from factcheck.extraction import extract
from factcheck.extraction.document import split_paragraphs
from factcheck.extraction.language import get_nlp, model_name

REPO = Path(__file__).resolve().parents[1]
DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"
GENERATED_PARAGRAPHS = [
    "“The reservoir is at its lowest level in a decade,” water board chair Harriet Vance said on Monday. "
    "“We are asking everyone to save water.”",
    "Osric Pell, the regional governor, told the Valley Courier that rationing would start in May. "
    "He said farmers would be compensated for their losses.",
    "The board has said the pipes will be replaced within two years, according to a report seen by the paper.",
    "Engineers inspected the dam last week and found no cracks in the main wall, although the spillway "
    "needs repairs before the autumn rains arrive in the valley.",
]


def load_texts() -> list[str]:
    if DEV_CORPUS.is_dir():
        texts = [path.read_text(encoding="utf-8") for path in sorted(DEV_CORPUS.glob("*.txt"))]
        if texts:
            return texts
    return ["\n\n".join(GENERATED_PARAGRAPHS)]


def repeated(texts: list[str], min_words: int) -> list[str]:
    words = sum(len(text.split()) for text in texts)
    return texts * max(1, -(-min_words // words))


def best_time(run, rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-words", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    nlp = get_nlp()
    base = load_texts()
    texts = repeated(base, args.min_words)
    words = sum(len(text.split()) for text in texts)

    paragraphs = [piece for text in texts for _, piece in split_paragraphs(text)]

    def spacy_only():
        for _ in nlp.pipe(texts):
            pass

    def spacy_paragraphs():
        for _ in nlp.pipe(paragraphs):
            pass

    def extraction():
        for text in texts:
            extract(text)

    for text in base:  # warm-up: first calls allocate and load lazily
        extract(text)
        nlp(text)
    spacy_rate = words / best_time(spacy_only, args.rounds)
    paragraph_rate = words / best_time(spacy_paragraphs, args.rounds)
    extraction_rate = words / best_time(extraction, args.rounds)
    print(f"model: {model_name()}; {len(texts)} texts, {words} words, best of {args.rounds} rounds")
    print(f"spaCy nlp.pipe: {spacy_rate:.0f} words/s")
    print(f"spaCy nlp.pipe over the same paragraphs: {paragraph_rate:.0f} words/s")
    print(f"extraction: {extraction_rate:.0f} words/s")
    print(f"ratio: {extraction_rate / spacy_rate:.2f}")
    print(f"ratio to the paragraph baseline (the rules' own cost): {extraction_rate / paragraph_rate:.2f}")


if __name__ == "__main__":
    main()

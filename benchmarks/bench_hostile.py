"""Extraction on hostile input beside a normal article of the same size: time and peak memory.

    python benchmarks/bench_hostile.py [--sizes 100000,1000000] [--cases all]

Each case runs in a fresh process (the model loaded and warmed up first), so its peak memory
(the rise in maximum resident set size over the warmed-up process) is its own. Prints, per
size, seconds per MB and peak MB per MB of input, and each case's ratio to the normal article;
the goal is every ratio under 3.
"""
import argparse
import json
import resource
import subprocess
import sys
import time

from bench_extraction import DEV_CORPUS, GENERATED_PARAGRAPHS as NORMAL_PARAGRAPHS


def normal(size: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV_CORPUS.glob("*.txt"))] if DEV_CORPUS.is_dir() else []
    block = "\n\n".join(texts or NORMAL_PARAGRAPHS)
    return (block + "\n\n") * (size // (len(block) + 2)) + block[: size % (len(block) + 2)]


def repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def nested_quotes(size: int) -> str:
    """Quotations inside quotations, as deep as the text is long, then all closed."""
    opening = repeat("“the envoy said ‘the minister wrote ", size // 2)
    return opening + repeat("that it was over,’ he said,” ", size - len(opening))


CASES = {
    "normal article": normal,
    "quote marks only": lambda size: repeat('"“”‘’\'«»', size),
    "punctuation run": lambda size: repeat("!?.,;:-—()[]", size),
    "one long sentence": lambda size: repeat("the council and the committee argued about the budget ", size),
    "X said, repeated": lambda size: repeat("Osric Pell said ", size),
    "nested curly quotes": nested_quotes,
    "no spaces": lambda size: repeat("Thecouncilsaid“theplanwillfail”,accordingtoPell.", size),
}


def run_case(name: str, size: int) -> dict:
    """In this process: warm up, then time one extraction and measure the rise in peak memory."""
    from factcheck.extraction import extract

    text = CASES[name](size)
    extract("\n\n".join(NORMAL_PARAGRAPHS) * 20)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    claims = len(extract(text).claims)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    return {"seconds": seconds, "peak_mb": peak_kb / 1024, "claims": claims, "chars": len(text)}


def measure(name: str, size: int) -> dict:
    child = subprocess.run([sys.executable, __file__, "--child", name, "--sizes", str(size)],
                           capture_output=True, text=True, check=True)
    return json.loads(child.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--cases", default="all")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.child:
        print(json.dumps(run_case(args.child, sizes[0])))
        return
    names = list(CASES) if args.cases == "all" else ["normal article", *args.cases.split(",")]
    for size in sizes:
        print(f"input of {size / 1e6:g} MB")
        print(f"  {'case':22s} {'s/MB':>8s} {'peak MB/MB':>11s} {'time ratio':>11s} {'memory ratio':>13s}"
              f" {'claims':>7s}")
        baseline = None
        for name in names:
            result = measure(name, size)
            megabytes = result["chars"] / 1e6
            per_mb = result["seconds"] / megabytes, max(result["peak_mb"], 1.0) / megabytes
            baseline = baseline or per_mb
            print(f"  {name:22s} {per_mb[0]:8.2f} {per_mb[1]:11.1f} {per_mb[0] / baseline[0]:11.2f} "
                  f"{per_mb[1] / baseline[1]:13.2f} {result['claims']:7d}")


if __name__ == "__main__":
    main()

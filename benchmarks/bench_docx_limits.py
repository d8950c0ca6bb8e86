"""Word bombs at the default 1 MB article limit: how fast they are refused and the memory it takes.

Run: python benchmarks/bench_docx_limits.py
The two files of the security report: a .docx whose word/styles.xml unpacks to 1 GiB, and one
whose document holds 1.3 million empty paragraphs. Each is checked in a fresh process, and its
peak memory (resident set) is printed next to that of an ordinary 1 MB article's .docx.
"""
import io
import multiprocessing
import resource
import tempfile
import time
import zipfile
from pathlib import Path

import docx

LIMIT = 1_000_000
NAMESPACE = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def with_member(name: str, data: bytes) -> bytes:
    base = io.BytesIO()
    docx.Document().save(base)
    result = io.BytesIO()
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for item in source.infolist():
            target.writestr(item.filename, data if item.filename == name else source.read(item))
    return result.getvalue()


def styles_bomb() -> bytes:
    styles = b"<?xml version='1.0'?><w:styles " + NAMESPACE + b">" + b" " * 2**30 + b"</w:styles>"
    return with_member("word/styles.xml", styles)


def paragraph_bomb() -> bytes:
    body = b"<w:body>" + b"<w:p/>" * 1_300_000 + b"</w:body>"
    return with_member("word/document.xml", b"<w:document " + NAMESPACE + b">" + body + b"</w:document>")


def ordinary() -> bytes:
    document = docx.Document()
    for n in range(5_000):
        document.add_paragraph(f"Paragraph {n}: the harbour minister said the port would reopen on Monday. " * 2)
    data = io.BytesIO()
    document.save(data)
    return data.getvalue()


def build(name: str, path: Path) -> None:
    path.write_bytes(BUILDERS[name]())


def measure(path: Path, queue) -> None:
    from factcheck.articles.docx import UnreadableDocument, docx_to_article

    data = path.read_bytes()
    started = time.perf_counter()
    try:
        text, _ = docx_to_article(data, LIMIT)
        outcome = f"read, {len(text.encode()):,} bytes of text"
    except UnreadableDocument as refusal:
        outcome = f"refused: {refusal}"
    queue.put((time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, outcome))


BUILDERS = {"1 GiB styles.xml": styles_bomb, "1.3 million paragraphs": paragraph_bomb,
            "ordinary 1 MB article": ordinary}


def run(context, target, *args) -> None:
    process = context.Process(target=target, args=args)
    process.start()
    process.join()


def main() -> None:
    """Files are built in one process and measured in another: peak memory is the check's own."""
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as folder:
        for label in BUILDERS:
            path = Path(folder) / "article.docx"
            run(context, build, label, path)
            queue = context.Queue()
            run(context, measure, path, queue)
            seconds, peak_mb, outcome = queue.get()
            print(f"{label:24} {path.stat().st_size / 1024:6,.0f} KB file {seconds:6.2f} s "
                  f"peak {peak_mb:5,.0f} MB  {outcome}")


if __name__ == "__main__":
    main()

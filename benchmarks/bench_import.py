"""Import of a ~1 MB article through HTTP on the job queue: the request, the extraction, the worker's memory.

Run: python benchmarks/bench_import.py
Prints the time until the import request returns (target < 1 s), the time until its claims are
ready (a `factcheck worker` process extracts them), and the worker's peak memory (max RSS).
The article is the fictional demo article's paragraphs repeated to the default size limit.
"""
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

DEMO = Path(__file__).resolve().parents[1] / "factcheck" / "demo" / "article.txt"
LIMIT = 990_000
TARGET_SECONDS = 1.0


def big_article(limit: int = LIMIT) -> str:
    paragraphs = DEMO.read_text(encoding="utf-8").split("\n\n")[5:]
    body, n = [], 0
    while len("\n\n".join(body).encode()) < limit:
        body.append(paragraphs[n % len(paragraphs)].replace("Monday", f"day {n}"))
        n += 1
    return "\n\n".join(body)


def timed(call):
    started = time.perf_counter()
    result = call()
    return result, time.perf_counter() - started


def start_worker(env: dict, workers: int = 1) -> subprocess.Popen:
    script = Path(sys.executable).with_name("factcheck")
    return subprocess.Popen([script, "worker", "--workers", str(workers)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop_worker(worker: subprocess.Popen) -> int:
    """Stop the worker gracefully; the peak RSS (MB) of it and its worker processes."""
    worker.send_signal(signal.SIGTERM)
    worker.wait(timeout=60)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024


def import_and_wait(app, client, text: str):
    """POST the article; wait until the worker has extracted it. (response, article id, seconds until ready)"""
    from factcheck.articles.models import Article, ArticleStatus
    from factcheck.extensions import db

    started = time.perf_counter()
    response, seconds = timed(lambda: client.post("/articles/import", data={"body": text}))
    verdict = "meets" if seconds < TARGET_SECONDS else "MISSES"
    print(f"import of {len(text.encode()):,} bytes ({len(text.split()):,} words): HTTP {response.status_code} "
          f"returned in {seconds:.2f} s ({verdict} the {TARGET_SECONDS:.0f} s target)")
    article_id = int(response.headers["Location"].rsplit("/", 1)[1])
    with app.app_context():
        while db.session.get(Article, article_id).status in (ArticleStatus.QUEUED, ArticleStatus.EXTRACTING):
            time.sleep(0.5)
            db.session.expire_all()
    return response, article_id, time.perf_counter() - started


def main() -> None:
    from factcheck.accounts.models import Role, User
    from factcheck.app import create_app
    from factcheck.articles.models import Article
    from factcheck.claims.models import Claim
    from factcheck.extensions import db

    text = big_article()
    with tempfile.TemporaryDirectory() as folder:
        settings = {"DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{folder}/bench.db"),
                    "QUEUE_URL": f"sqlite:///{folder}/jobs.db"}
        os.environ["FACTCHECK_INSTANCE_PATH"] = folder
        app = create_app({**settings, "WTF_CSRF_ENABLED": False})
        with app.app_context():
            db.create_all()
            editor = User(email="e@bench.invalid", display_name="Editor", role=Role.EDITOR, password_hash="x")
            db.session.add(editor)
            db.session.commit()
            editor_id = editor.id
        client = app.test_client()
        with client.session_transaction() as session:
            session["_user_id"] = str(editor_id)
        env = {**os.environ, **{f"FACTCHECK_{name}": value for name, value in settings.items()}}
        worker = start_worker(env)
        try:
            response, article_id, ready = import_and_wait(app, client, text)
        finally:
            peak_mb = stop_worker(worker)
        with app.app_context():
            article = db.session.get(Article, article_id)
            claims = db.session.scalar(sa.select(sa.func.count(Claim.id)))
        print(f"  claims {article.status} after {ready:.1f} s: {claims:,} claims "
              f"({len(text.split()) / ready:,.0f} words/s); worker peak memory {peak_mb:,} MB")
        article_url = response.headers["Location"]
        for url in (article_url, f"/queue?article={article_id}", "/queue?q=launchers&sort=speaker"):
            page, seconds = timed(lambda url=url: client.get(url))
            print(f"  GET {url}: HTTP {page.status_code} in {seconds:.2f} s")
        with app.app_context():
            db.drop_all()
            db.engine.dispose()


if __name__ == "__main__":
    main()

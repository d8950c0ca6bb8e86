"""Import of a ~1 MB article through HTTP (extraction included), then the pages that show it.

Run: python benchmarks/bench_import.py
The article is the fictional demo article's paragraphs repeated to the default size limit.
"""
import os
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

DEMO = Path(__file__).resolve().parents[1] / "factcheck" / "demo" / "article.txt"
LIMIT = 990_000


def big_article() -> str:
    paragraphs = DEMO.read_text(encoding="utf-8").split("\n\n")[5:]
    body, n = [], 0
    while len("\n\n".join(body).encode()) < LIMIT:
        body.append(paragraphs[n % len(paragraphs)].replace("Monday", f"day {n}"))
        n += 1
    return "\n\n".join(body)


def timed(call):
    started = time.perf_counter()
    result = call()
    return result, time.perf_counter() - started


def main() -> None:
    from factcheck.accounts.models import Role, User
    from factcheck.app import create_app
    from factcheck.claims.models import Claim
    from factcheck.extensions import db

    text = big_article()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FACTCHECK_INSTANCE_PATH"] = folder
        app = create_app({"DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{folder}/bench.db"),
                          "WTF_CSRF_ENABLED": False})
        with app.app_context():
            db.create_all()
            editor = User(email="e@bench.invalid", display_name="Editor", role=Role.EDITOR, password_hash="x")
            db.session.add(editor)
            db.session.commit()
            editor_id = editor.id
        client = app.test_client()
        with client.session_transaction() as session:
            session["_user_id"] = str(editor_id)
        response, seconds = timed(lambda: client.post("/articles/import", data={"body": text}))
        with app.app_context():
            claims = db.session.scalar(sa.select(sa.func.count(Claim.id)))
        print(f"import of {len(text.encode()):,} bytes ({len(text.split()):,} words): HTTP {response.status_code} "
              f"in {seconds:.1f} s, {claims:,} claims stored ({len(text.split()) / seconds:,.0f} words/s)")
        article_url = response.headers["Location"]
        for url in (article_url, f"/queue?article={article_url.rsplit('/', 1)[1]}", "/queue?q=launchers&sort=speaker"):
            page, seconds = timed(lambda url=url: client.get(url))
            print(f"  GET {url}: HTTP {page.status_code} in {seconds:.2f} s")
        with app.app_context():
            db.drop_all()
            db.engine.dispose()


if __name__ == "__main__":
    main()

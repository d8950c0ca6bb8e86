"""Every page of the desk at 100,000 claims: SQL statements per request, p50/p95 through gunicorn.

Run: python benchmarks/bench_scale.py [--claims 100000] [--databases sqlite,postgresql]
PostgreSQL: BENCH_POSTGRES_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test); the run
uses a schema of its own there and drops it afterwards. Targets: p95 <= 50 ms and <= 10 statements.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench_workers import BIN, free_port, logged_in, wait_for  # noqa: E402
from scale_data import PASSWORD, Scale, build  # noqa: E402

from tests.helpers import counted_statements  # noqa: E402

REQUESTS = 200
DEEP_ROW = 10_000
TARGET_P95_MS = 50
MOST_STATEMENTS = 10
POSTGRES = os.environ.get("BENCH_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

# (page, who looks at it, URL); {names} come from scale_data.Landmarks.
PAGES = [
    ("home: reviewer", "reviewer", "/"),
    ("home: editor", "editor", "/"),
    ("home: admin", "admin", "/"),
    ("queue", "reviewer", "/queue"),
    ("queue: status", "reviewer", "/queue?status=awaiting_approval"),
    ("queue: category", "reviewer", "/queue?category=arsenal"),
    ("queue: speaker", "reviewer", "/queue?speaker={busy_speaker}"),
    ("queue: assignee", "editor", "/queue?assignee={reviewer_id}"),
    ("queue: sort oldest", "reviewer", "/queue?sort=oldest"),
    ("queue: sort speaker", "reviewer", "/queue?sort=speaker"),
    ("queue: sort status", "reviewer", "/queue?sort=status"),
    ("queue: sort article", "reviewer", "/queue?sort=article"),
    ("queue: deep page (row 10,000)", "reviewer", "/queue?after={deep_after}"),
    ("queue: text search", "reviewer", "/queue?q=stockpile"),
    ("queue: search + category", "reviewer", "/queue?q=stockpile&category=arsenal"),
    ("queue: search + speaker", "reviewer", "/queue?q=stockpile&speaker={busy_speaker}"),
    ("claim page", "reviewer", "/claims/{published_claim}"),
    ("article page (1,000 claims)", "editor", "/articles/{big_article}"),
    ("speaker page (2,000 claims)", "editor", "/speakers/{busy_speaker}"),
    ("speaker list", "editor", "/speakers/"),
    ("article list", "editor", "/articles/"),
    ("report", "editor", "/articles/{big_article}/report"),
]


@contextmanager
def database(kind: str, folder: str):
    if kind == "sqlite":
        yield f"sqlite:///{folder}/scale.db"
        return
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    server = sa.create_engine(POSTGRES)
    with server.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield sa.make_url(POSTGRES).update_query_dict(
            {"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with server.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        server.dispose()


def prepare(env: dict, scale: Scale):
    os.environ.update(env)
    from factcheck import keyset
    from factcheck.app import create_app
    from factcheck.claims.models import Claim
    from factcheck.extensions import db

    subprocess.run([BIN / "factcheck", "db", "upgrade"], env=env, check=True, capture_output=True)
    app = create_app({})
    started = time.perf_counter()
    with app.app_context():
        landmarks = build(scale)
        db.session.commit()
        deep = db.session.scalar(sa.select(Claim.id).order_by(Claim.id.desc()).offset(DEEP_ROW).limit(1))
        landmarks.deep_after = keyset.encoded((0, [deep]))
        with db.engine.connect() as connection:  # as autovacuum leaves a working database: planned, visible
            connection.execution_options(isolation_level="AUTOCOMMIT").execute(
                sa.text("VACUUM ANALYZE" if connection.dialect.name == "postgresql" else "ANALYZE"))
    print(f"  built {scale.claims:,} claims over {scale.articles:,} articles in {time.perf_counter() - started:.0f} s")
    return app, landmarks


def statement_counts(app, landmarks) -> dict[str, int]:
    from factcheck.extensions import db

    counts = {}
    clients = {}
    for name, role, url in PAGES:
        client = clients.get(role) or logged_in_client(app, getattr(landmarks, f"{role}_email"))
        clients[role] = client
        target = url.format(**vars(landmarks))
        client.get(target)
        with app.app_context():
            engine = db.engine
        with counted_statements(engine) as statements:
            status = client.get(target).status_code
        counts[name] = len(statements) if status == 200 else -status
    return counts


def logged_in_client(app, email: str):
    client = app.test_client()
    app.config["WTF_CSRF_ENABLED"] = False
    client.post("/login", data={"email": email, "password": PASSWORD})
    return client


def timings(base: str, landmarks) -> dict[str, tuple[float, float]]:
    sessions = {role: logged_in(base, getattr(landmarks, f"{role}_email")) for role in ("reviewer", "editor", "admin")}
    measured = {}
    for name, role, url in PAGES:
        target = base + url.format(**vars(landmarks))
        sessions[role].get(target).raise_for_status()
        latencies = []
        for _ in range(REQUESTS):
            begun = time.perf_counter()
            sessions[role].get(target).raise_for_status()
            latencies.append((time.perf_counter() - begun) * 1000)
        measured[name] = (statistics.median(latencies), statistics.quantiles(latencies, n=20)[-1])
    return measured


def run(kind: str, scale: Scale) -> None:
    print(f"== {kind}")
    with tempfile.TemporaryDirectory() as folder, database(kind, folder) as url:
        env = {"FACTCHECK_INSTANCE_PATH": folder, "FACTCHECK_SECRET_KEY": uuid.uuid4().hex,
               "FACTCHECK_DATABASE_URL": url, "FACTCHECK_QUEUE_URL": f"sqlite:///{folder}/jobs.db",
               "FACTCHECK_RATELIMIT_ENABLED": "false"}
        app, landmarks = prepare(env, scale)
        counts = statement_counts(app, landmarks)
        port = free_port()
        web = subprocess.Popen([BIN / "gunicorn", "--workers", "2", "--bind", f"127.0.0.1:{port}",
                                "factcheck.wsgi:app"], env={**os.environ, **env}, stderr=subprocess.DEVNULL)
        try:
            wait_for(f"http://127.0.0.1:{port}/login")
            measured = timings(f"http://127.0.0.1:{port}", landmarks)
        finally:
            web.terminate()
            web.wait(timeout=60)
    report(counts, measured)


def report(counts: dict[str, int], measured: dict[str, tuple[float, float]]) -> None:
    print(f"  {'page':32} {'SQL':>4} {'p50 ms':>7} {'p95 ms':>7}")
    for name, _, _ in PAGES:
        p50, p95 = measured[name]
        flags = [flag for flag, bad in (("SQL", counts[name] > MOST_STATEMENTS), ("p95", p95 > TARGET_P95_MS)) if bad]
        print(f"  {name:32} {counts[name]:>4} {p50:>7.1f} {p95:>7.1f}  {'MISSES ' + ', '.join(flags) if flags else ''}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=Scale.claims)
    parser.add_argument("--databases", default="sqlite,postgresql")
    args = parser.parse_args()
    ratio = args.claims / Scale.claims
    scale = Scale(claims=args.claims, articles=max(2, int(Scale.articles * ratio)),
                  speakers=max(2, int(Scale.speakers * ratio)),
                  big_article_claims=min(Scale.big_article_claims, args.claims // 2),
                  busy_speaker_claims=min(Scale.busy_speaker_claims, args.claims // 4))
    print(f"{REQUESTS} requests per page through gunicorn (2 workers); targets: p95 <= {TARGET_P95_MS} ms, "
          f"<= {MOST_STATEMENTS} SQL statements")
    for kind in args.databases.split(","):
        run(kind, scale)


if __name__ == "__main__":
    main()

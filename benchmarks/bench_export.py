"""CSV export of N approved claims through the real HTTP route: time and peak memory.

Run: python benchmarks/bench_export.py [N ...]   (default: 10000 and 40000)
Memory is the peak of Python allocations (tracemalloc) while the response streams; a flat
export shows about the same peak for 10,000 and 40,000 claims.
"""
import os
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime

import sqlalchemy as sa

TARGET_SECONDS = 2.0


def seed(app, count: int) -> None:
    from factcheck.accounts.models import Role, User
    from factcheck.articles.models import Article, body_checksum
    from factcheck.claims.models import Claim, Speaker
    from factcheck.extensions import db
    from factcheck.review.models import Verdict

    now = datetime.now(UTC)
    with app.app_context():
        db.create_all()
        reviewer = User(email="r@bench.invalid", display_name="Reviewer", role=Role.REVIEWER, password_hash="x")
        editor = User(email="e@bench.invalid", display_name="Editor", role=Role.EDITOR, password_hash="x")
        body = "The minister said the fleet had forty ships and would buy more. " * 50
        article = Article(title="Benchmark", body=body, checksum=body_checksum(body))
        speaker = Speaker(name="Bench Speaker")
        db.session.add_all([reviewer, editor, article, speaker])
        db.session.flush()
        claims = [dict(article_id=article.id, speaker_id=speaker.id, text=f"claim number {n}", start=n, end=n + 1,
                       quote_type="indirect", status="approved", origin="extracted", assignee_id=reviewer.id,
                       version=1, created_at=now, updated_at=now, cue="said") for n in range(count)]
        db.session.execute(sa.insert(Claim.__table__), claims)
        ids = db.session.scalars(sa.select(Claim.id)).all()
        db.session.execute(sa.insert(Verdict.__table__), [dict(
            claim_id=claim_id, attribution="accurate", veracity="mostly_true", summary="Checked against records.",
            reviewer_id=reviewer.id, editor_id=editor.id, decision="approved", published=True,
            created_at=now, decided_at=now) for claim_id in ids])
        db.session.commit()


def export(client) -> int:
    response = client.get("/exports/claims.csv?status=approved")
    size = sum(len(chunk) for chunk in response.response)
    response.close()
    return size


def measure(count: int) -> tuple[float, float, int]:
    from factcheck.accounts.models import Role, User
    from factcheck.app import create_app
    from factcheck.extensions import db

    with tempfile.TemporaryDirectory() as folder:
        os.environ["FACTCHECK_INSTANCE_PATH"] = folder
        app = create_app({"DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{folder}/bench.db")})
        seed(app, count)
        client = app.test_client()
        with app.app_context():
            editor_id = db.session.scalar(sa.select(User.id).where(User.role == Role.EDITOR))
        with client.session_transaction() as session:
            session["_user_id"] = str(editor_id)
        export(client)  # warm-up: templates, scales, connection
        started = time.perf_counter()
        size = export(client)
        seconds = time.perf_counter() - started
        tracemalloc.start()
        export(client)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        with app.app_context():
            db.drop_all()
            db.engine.dispose()
    return seconds, peak / 1e6, size


def main(counts: list[int]) -> None:
    print(f"CSV export through GET /exports/claims.csv (database: {os.environ.get('BENCH_DATABASE_URL', 'SQLite')})")
    peaks = []
    for count in counts:
        seconds, peak, size = measure(count)
        peaks.append(peak)
        verdict = "ok" if seconds <= TARGET_SECONDS * count / 10_000 else "SLOW"
        print(f"  {count:>6} approved claims: {seconds:.2f} s, {count / seconds:,.0f} claims/s, "
              f"{size / 1e6:.1f} MB of CSV, peak Python memory {peak:.1f} MB  [{verdict}]")
    if len(peaks) > 1:
        print(f"  peak memory ratio {counts[-1]}/{counts[0]} claims: {peaks[-1] / peaks[0]:.2f} (flat is about 1)")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [10_000, 40_000])

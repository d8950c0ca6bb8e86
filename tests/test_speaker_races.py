"""Imports racing to create the same new speaker all keep their claims (failure 5)."""
import threading

import sqlalchemy as sa

from factcheck.articles.services import draft_from_paste, import_article
from factcheck.claims.models import Claim, Speaker
from factcheck.extensions import db

IMPORTS = 8


def article_text(n: int) -> str:
    return (f"Harbour report {n}\n\nNadia Ferrant, the port director, said on Monday that berth {n} "
            f"would reopen in {n + 2} weeks.\n")


class HoldSpeakerInserts:
    """Stops each import at its first speaker INSERT until all have reached it, then lets them race."""

    def __init__(self, parties: int):
        self.barrier = threading.Barrier(parties, timeout=30)
        self.seen = threading.local()

    def __call__(self, _conn, _cursor, statement: str, *_args) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO SPEAKERS") and not getattr(self.seen, "done", False):
            self.seen.done = True
            self.barrier.wait()


def import_in_thread(app, n: int, errors: list) -> None:
    try:
        with app.app_context():
            import_article(None, draft_from_paste(article_text(n)))
            db.session.commit()
    except Exception as error:  # noqa: BLE001  (reported by the test below)
        errors.append(error)


def test_concurrent_imports_naming_one_new_speaker_all_keep_their_claims(app):
    with app.app_context():
        engine = db.engine
        racing = engine.dialect.name == "postgresql"  # SQLite lets one writer in at a time: no overlap to force
    hold = HoldSpeakerInserts(IMPORTS)
    if racing:
        sa.event.listen(engine, "before_cursor_execute", hold)
    errors: list = []
    threads = [threading.Thread(target=import_in_thread, args=(app, n, errors)) for n in range(IMPORTS)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        if racing:
            sa.event.remove(engine, "before_cursor_execute", hold)
    assert errors == []
    with app.app_context():
        speakers = db.session.scalars(sa.select(Speaker).where(Speaker.name == "Nadia Ferrant")).all()
        assert len(speakers) == 1
        per_article = db.session.execute(sa.select(Claim.article_id, sa.func.count(Claim.id)).where(
            Claim.speaker_id == speakers[0].id).group_by(Claim.article_id)).all()
        assert len(per_article) == IMPORTS and all(count >= 1 for _, count in per_article)

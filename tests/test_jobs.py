"""Extraction on the real job queue: SQLite file or Redis, worker threads or a worker process that is killed."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from factcheck.articles.lifecycle import recover_stalled_articles
from factcheck.articles.models import Article, ArticleStatus
from factcheck.audit.models import Event
from factcheck.claims.models import Claim
from factcheck.extensions import db
from factcheck.jobs.worker import worker_threads
from factcheck.modeltypes import utcnow
from tests.helpers import wait_until

DEMO = Path(__file__).resolve().parents[1] / "factcheck" / "demo" / "article.txt"
ARTICLE = """Harbour council delays vote on ferry fares

The harbour council delayed its vote on ferry fares, its chair said on Friday.
"We need another month," said Petra Lind, the council's chair.
"""


def long_article(size: int) -> str:
    """The demo article's paragraphs, numbered so that no two are alike, up to `size` characters."""
    paragraphs = DEMO.read_text(encoding="utf-8").split("\n\n")[4:]
    body, n = ["Long report on the talks"], 0
    while sum(len(p) for p in body) < size:
        body.append(f"{n}. {paragraphs[n % len(paragraphs)]}")
        n += 1
    return "\n\n".join(body) + "\n"


def article_state(app, article_id: int) -> tuple[ArticleStatus, int]:
    with app.app_context():
        article = db.session.get(Article, article_id)
        claims = db.session.scalar(sa.select(sa.func.count(Claim.id)).where(Claim.article_id == article_id))
        return article.status, claims


@pytest.fixture
def editor_client(queue_app, make_user):
    client = queue_app.test_client()
    user = make_user("editor")
    client.post("/login", data={"email": user.email, "password": "correct horse battery"})
    return client


def test_import_returns_at_once_and_claims_appear_when_the_job_ends(queue_app, editor_client):
    response = editor_client.post("/articles/import", data={"body": ARTICLE})
    assert response.status_code == 302
    article_id = int(response.headers["Location"].rsplit("/", 1)[1])
    assert article_state(queue_app, article_id) == (ArticleStatus.QUEUED, 0)  # no worker yet: nothing extracted
    page = editor_client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert 'id="article-status">Queued<' in page
    with worker_threads(queue_app):
        status = wait_until(lambda: editor_client.get(f"/articles/{article_id}/status.json").json["status"] == "ready",
                            what="extraction on the worker")
    assert status
    state = editor_client.get(f"/articles/{article_id}/status.json").json
    assert state["progress"] == 100 and state["claims"] >= 1
    with queue_app.app_context():
        quote = db.session.scalar(sa.select(Claim).where(Claim.text.contains("another month")))
        assert quote.speaker.name == "Petra Lind"


def worker_process(app, database_url: str, tmp_path) -> subprocess.Popen:
    env = {**os.environ, "FACTCHECK_DATABASE_URL": database_url, "FACTCHECK_QUEUE_URL": app.config["QUEUE_URL"],
           "FACTCHECK_QUEUE_NAME": app.config["QUEUE_NAME"], "FACTCHECK_JOB_HEARTBEAT_SECONDS": "0.5",
           "FACTCHECK_JOB_STALE_SECONDS": "3"}
    script = Path(sys.executable).with_name("factcheck")
    with open(tmp_path / "worker.log", "ab") as log:  # the process keeps its own copy of the file
        return subprocess.Popen([script, "worker", "--workers", "1"], env=env, stdout=log, stderr=log,
                                start_new_session=True)


def kill(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGKILL)  # the consumer and its worker process, with no chance to clean up
    process.wait(timeout=30)


def test_a_killed_worker_leaves_no_partial_article_and_the_job_is_retried(queue_app, editor_client,
                                                                          database_url, tmp_path):
    response = editor_client.post("/articles/import", data={"body": long_article(120_000)})
    article_id = int(response.headers["Location"].rsplit("/", 1)[1])
    worker = worker_process(queue_app, database_url, tmp_path)
    try:
        wait_until(lambda: article_state(queue_app, article_id)[0] == ArticleStatus.EXTRACTING,
                   what="the worker starting the extraction")
        time.sleep(1)
    finally:
        kill(worker)
    assert article_state(queue_app, article_id) == (ArticleStatus.EXTRACTING, 0)  # killed mid-way: no claim stored
    time.sleep(3.5)  # the dead worker's heartbeat goes stale
    worker = worker_process(queue_app, database_url, tmp_path)
    try:
        wait_until(lambda: article_state(queue_app, article_id)[0] == ArticleStatus.READY, timeout=180,
                   what="the retried extraction")
    finally:
        kill(worker)
    with queue_app.app_context():
        article = db.session.get(Article, article_id)
        assert article.attempts == 2
        claims = db.session.scalars(sa.select(Claim).where(Claim.article_id == article_id)).all()
        assert claims and all(article.body[c.start:c.end] == c.text for c in claims)
        actions = db.session.scalars(sa.select(Event.action).where(Event.article_id == article_id)).all()
        assert "extraction_requeued" in actions and actions.count("claims_extracted") == 1


def test_a_job_that_keeps_killing_its_worker_is_failed_with_the_reason(app, client, make_user, login):
    login(make_user("editor"))
    with app.app_context():
        article = Article(title="t", body="Some text.", checksum="x" * 64, status=ArticleStatus.EXTRACTING,
                          attempts=app.config["JOB_MAX_ATTEMPTS"], heartbeat_at=utcnow().replace(year=2000))
        db.session.add(article)
        db.session.commit()
        assert recover_stalled_articles() == []
        db.session.commit()
        article_id = article.id
    page = client.get(f"/articles/{article_id}").get_data(as_text=True)
    assert "The worker stopped 3 times while extracting" in page
    assert ">Retry</button>" in page
    response = client.post(f"/articles/{article_id}/extract")
    assert response.status_code == 302
    with app.app_context():  # immediate mode in this test: the retry ran at once
        assert db.session.get(Article, article_id).status == ArticleStatus.READY

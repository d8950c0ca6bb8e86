"""A background thread that tells the database the worker is still alive, with an estimated progress."""
import logging
import threading
import time

from flask import current_app

from ..articles.lifecycle import beat
from ..articles.models import Article
from ..extensions import db

log = logging.getLogger(__name__)
MOST_ESTIMATED = 95  # the estimate never claims to be done; the job says so when it is


class Heartbeat:
    def __init__(self, article: Article):
        self.article_id = article.id
        words_per_second = float(current_app.config["EXTRACTION_WORDS_PER_SECOND"])
        self.expected_seconds = max(1.0, len(article.body.split()) / words_per_second)
        self.interval = float(current_app.config["JOB_HEARTBEAT_SECONDS"])
        self.engine = db.engine
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.run, name=f"heartbeat-{article.id}", daemon=True)

    def __enter__(self) -> "Heartbeat":
        self.started = time.monotonic()
        self.thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stopped.set()
        self.thread.join()

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            progress = min(MOST_ESTIMATED, int(100 * (time.monotonic() - self.started) / self.expected_seconds))
            try:
                with self.engine.begin() as connection:
                    beat(connection, self.article_id, progress)
            except Exception:  # noqa: BLE001  (a missed beat is retried at the next interval)
                log.warning("Heartbeat for article %s missed", self.article_id, exc_info=True)

"""Running the jobs: a worker of its own (`factcheck worker`), or threads inside another command."""
import signal
from contextlib import contextmanager

from flask import Flask

from ..extensions import db
from .queue import Jobs
from .tasks import recover_stalled

HANDLED_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def run_worker(app: Flask, workers: int) -> None:
    """Work on the queue until stopped; with several processes, each extracts an article of its own."""
    jobs: Jobs = app.extensions["jobs"]
    with app.app_context():
        recover_stalled()  # jobs left by a worker that was killed are queued again at once
        db.engine.dispose()  # each forked process opens connections of its own
    jobs.huey.create_consumer(workers=workers, worker_type="process", periodic=True).run()


@contextmanager
def worker_threads(app: Flask, workers: int = 1):
    """Jobs run in this process's threads meanwhile (alongside any other worker on the queue)."""
    jobs: Jobs = app.extensions["jobs"]
    if jobs.huey.immediate:
        yield  # the jobs already ran when they were enqueued
        return
    consumer = jobs.huey.create_consumer(workers=workers, worker_type="thread", periodic=False)
    handlers = {number: signal.getsignal(number) for number in HANDLED_SIGNALS}
    consumer.start()
    for number, handler in handlers.items():  # the host keeps its own Ctrl-C and SIGTERM behaviour
        signal.signal(number, handler)
    try:
        yield consumer
    finally:
        consumer.stop(graceful=True)

"""The application for gunicorn or another WSGI server: `gunicorn factcheck.wsgi:app`."""
import gc

from .app import create_app

app = create_app()
# What is loaded by now (the app, its libraries, the language model) lives as long as the worker. Frozen,
# it is left out of the cyclic garbage collector's full sweeps, each of which otherwise pauses a request
# for about 100 ms (measured on the 1,000-claim article page: p95 124 ms before, 22 ms after).
gc.freeze()

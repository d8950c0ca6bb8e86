"""factcheck: a claim-and-attribution fact-check desk.

The web application lives in :mod:`factcheck.app`; the extraction engine in
:mod:`factcheck.extraction` is importable without Flask.
"""

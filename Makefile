# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
INSTALLED_DEV := $(VENV)/.installed-dev
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test bench install clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "factcheck needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(INSTALLED_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@ $(INSTALLED)

install: $(INSTALLED)

# The app and a job worker together; stopping one (Ctrl-C) stops both.
run: $(INSTALLED)
	$(BIN)/factcheck db upgrade
	$(BIN)/factcheck demo
	$(BIN)/factcheck worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(BIN)/factcheck run --host $(HOST) --port $(PORT)

test: $(INSTALLED_DEV)
	$(BIN)/pytest $(PYTEST_ARGS)

bench: $(INSTALLED_DEV)
	$(BIN)/python benchmarks/bench_extraction.py
	$(BIN)/python benchmarks/bench_hostile.py
	$(BIN)/python benchmarks/bench_export.py
	$(BIN)/python benchmarks/bench_import.py
	$(BIN)/python benchmarks/bench_docx_limits.py
	$(BIN)/python benchmarks/bench_workers.py
	$(BIN)/python benchmarks/bench_scale.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis

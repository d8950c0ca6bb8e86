"""The shared scorer on the dev corpus, through the command-line entry point."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
DEV = SHARED / "corpus" / "dev"


def test_attribution_f1_on_dev_corpus():
    if not (SCORER.is_file() and DEV.is_dir()):
        pytest.skip("the shared dev corpus and scorer are not available")
    command = f"{sys.executable} -m factcheck.extraction {{file}} --format json"
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(DEV), "--cmd", command, "--json"],
                         capture_output=True, text=True, cwd=REPO, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    totals = json.loads(run.stdout.strip().splitlines()[-1])
    assert totals["attribution_f1"] >= 0.85, run.stdout
    assert totals["quote_type_acc"] >= 0.95, run.stdout

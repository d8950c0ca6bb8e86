"""The shared scorer, through the command-line entry point, on the dev corpus and on our own
fictional held-out articles (tests/extraction/heldout, heldout2, ... heldout14)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "eval" / "score.py"
DEV = REPO.parent / "shared" / "corpus" / "dev"
HELDOUT = Path(__file__).resolve().parent / "heldout"
FRESH_HELDOUT = Path(__file__).resolve().parent / "heldout2"
UNSEEN_HELDOUT = Path(__file__).resolve().parent / "heldout3"
ROUND3_HELDOUT = Path(__file__).resolve().parent / "heldout4"
ROUND4_HELDOUT = Path(__file__).resolve().parent / "heldout5"
ROUND5_HELDOUT = Path(__file__).resolve().parent / "heldout6"
ROUND6_HELDOUT = Path(__file__).resolve().parent / "heldout7"
LAYOUT_HELDOUT = Path(__file__).resolve().parent / "heldout8"
BOUNDARY_HELDOUT = Path(__file__).resolve().parent / "heldout9"
SPEAKER_HELDOUT = Path(__file__).resolve().parent / "heldout10"
MISSED_CUES_HELDOUT = Path(__file__).resolve().parent / "heldout11"
NEVER_TUNED_HELDOUT = Path(__file__).resolve().parent / "heldout12"
AFTER_ROUND7_HELDOUT = Path(__file__).resolve().parent / "heldout13"
ROUND8_HELDOUT = Path(__file__).resolve().parent / "heldout14"


def score(gold: Path) -> dict:
    if not (SCORER.is_file() and gold.is_dir()):
        pytest.skip("the shared scorer or its corpus is not available")
    command = f"{sys.executable} -m factcheck.extraction {{file}} --format json"
    run = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--cmd", command, "--json"],
                         capture_output=True, text=True, cwd=REPO, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("gold", "minimum"), [
    # Measured: attribution F1 0.966 (0.973 before issue 9: one more claim, which gold leaves out).
    (DEV, 0.85),
    # Measured: attribution F1 0.979, quote type 0.989 (0.852 before the held-out rules); 0.989 after round 5.
    (HELDOUT, 0.93),
    # Written for issue 9 and scored before its rules: 0.904 then, 0.986 after.
    (FRESH_HELDOUT, 0.95),
    # Written after those rules and never tuned on: 0.912 (0.879 with the code before issue 9); 0.941 after round 4.
    (UNSEEN_HELDOUT, 0.88),
    # Written for issue 9, round 3, and scored before its rules: 0.892 then, 0.985 after.
    (ROUND3_HELDOUT, 0.96),
    # Written for issue 9, round 4, and scored before its rules: 0.950 then, 0.982 after.
    (ROUND4_HELDOUT, 0.96),
    # Written for issue 9, round 5, and scored before its rules: 0.855 then, 0.977 after; 0.992 after round 6a.
    (ROUND5_HELDOUT, 0.95),
    # Written for issue 9, round 6a (who is the speaker), and scored before its rules: 0.790 then, 1.000 after.
    (ROUND6_HELDOUT, 0.95),
    # Written for issue 9, round 6b (transcripts, dash signatures, subheads), scored before its rules:
    # 0.685 then, 0.940 after; 0.963 after round 7.
    (LAYOUT_HELDOUT, 0.91),
    # Written for issue 9, round 7a (span boundaries, a second reporting verb), scored before its rules:
    # 0.864 then, 0.978 after its own rules, 0.961 with all of round 7.
    (BOUNDARY_HELDOUT, 0.95),
    # Written for issue 9, round 7b (who the speaker is: transcripts, parenthetical cues, authors,
    # names the tagger missed), scored before its rules: 0.836 then, 0.955 after its own rules, 0.948 with
    # all of round 7.
    (SPEAKER_HELDOUT, 0.93),
    # Written for issue 9, round 7c (claims we missed: closing and "as" cues, noun cues, cited evidence,
    # bulleted findings), scored before its rules: 0.825 then, 0.910 after its own rules, 0.904 with all of
    # round 7.
    (MISSED_CUES_HELDOUT, 0.88),
    # Written for issue 9, round 7 and never tuned on: no rule was written for it. 0.835 before the
    # round, 0.844 after.
    (NEVER_TUNED_HELDOUT, 0.82),
    # Written after round 7 landed and never tuned on: 0.966 when first scored.
    (AFTER_ROUND7_HELDOUT, 0.93),
    # Written for issue 9, round 8, and scored before its rules: 0.912 then, 0.918 after.
    (ROUND8_HELDOUT, 0.88),
], ids=["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
        "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14"])
def test_attribution_on_scored_corpora(gold, minimum):
    totals = score(gold)
    assert totals["attribution_f1"] >= minimum, totals
    assert totals["quote_type_acc"] >= 0.95, totals

"""`make test` on a machine without the optional system packages: skips with one line saying what to install."""
import os
import subprocess
import sys

BROWSER_TEST = "tests/browser/test_bulk_upload.py"


def run_pytest(**env) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key != "CI"}
    environment.update(FACTCHECK_TEST_CHROMIUM="/nonexistent/chromium", **env)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", BROWSER_TEST],
                          env=environment, capture_output=True, text=True, timeout=300)


def test_without_chromium_the_suite_passes_and_says_what_to_install():
    result = run_pytest()
    assert result.returncode == 0, result.stdout
    notice = [line for line in result.stdout.splitlines() if "lacks optional system packages" in line]
    assert notice == ["2 test(s) skipped because this machine lacks optional system packages; to run them: "
                      "apt-get install chromium (README: Optional system packages)"]


def test_without_chromium_ci_fails():
    result = run_pytest(CI="true")
    assert result.returncode == 1
    assert "Chromium is not installed at /nonexistent/chromium (apt-get install chromium)" in result.stdout

"""The hidden suites are ordinary pytest files: `pytest grader/suites` passes on the references and
fails on the stubs (grader/suites/conftest.py supplies the `learner` and `reference` arguments)."""

import subprocess
import sys

from course import paths


def run_suites(learner_path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", str(paths.SUITES), "-q", "-n", "0",
                           "--learner-path", str(learner_path)],
                          cwd=paths.ROOT, capture_output=True, text=True, timeout=900)


def test_plain_pytest_passes_every_suite_on_the_references():
    run = run_suites(paths.SOLUTIONS)
    assert run.returncode == 0, run.stdout[-3000:]
    assert " passed" in run.stdout and "failed" not in run.stdout


def test_plain_pytest_fails_every_check_on_the_stubs():
    run = run_suites(paths.EXERCISES)
    assert run.returncode == 1
    assert " passed" not in run.stdout.splitlines()[-1]

"""`llm-course batch`: a class graded in parallel into a gradebook; a bad submission costs only its own row."""

import csv
import json
import shutil
import subprocess

import pytest

from course import paths

HANG = "def softmax(logits, temperature=1.0):\n    while True:\n        pass\n"
EXIT_ON_IMPORT = "import sys\nsys.exit(0)\n"
VANDAL = ("import os, glob\n"
          "for path in glob.glob('../../*/**/*.py', recursive=True):\n"
          "    os.remove(path)\n")


@pytest.fixture
def submissions(tmp_path):
    """Five students: the reference, the untouched stubs, and three broken or hostile submissions."""
    root = tmp_path / "submissions"
    shutil.copytree(paths.SOLUTIONS, root / "alice")
    shutil.copytree(paths.EXERCISES, root / "bob")
    shutil.copytree(paths.SOLUTIONS, root / "carol" / "exercises")  # an exercises/ folder inside is fine too
    (root / "carol" / "exercises" / "sampling" / "softmax.py").write_text(EXIT_ON_IMPORT)
    shutil.copytree(paths.SOLUTIONS, root / "dave")
    (root / "dave" / "sampling" / "softmax.py").write_text(HANG)
    shutil.copytree(paths.SOLUTIONS, root / "erin")
    (root / "erin" / "sampling" / "softmax.py").write_text(VANDAL)
    return root


def test_batch_writes_one_row_per_student_and_contains_each_bad_submission(submissions, tmp_path):
    before = {p: p.read_bytes() for p in submissions.rglob("*.py")}
    run = subprocess.run([shutil.which("llm-course"), "batch", str(submissions), "--out", str(tmp_path / "grades.csv"),
                          "--json", str(tmp_path / "reports.json"), "--jobs", "2", "--only", "softmax", "bpe"],
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Graded 5 submissions" in run.stdout and "per minute" in run.stdout

    with open(tmp_path / "grades.csv", newline="") as f:
        rows = {row["student"]: row for row in csv.DictReader(f)}
    assert list(rows) == ["alice", "bob", "carol", "dave", "erin"]
    full = int(rows["alice"]["max_total"])
    assert int(rows["alice"]["total"]) == full and rows["alice"]["bpe"] == rows["carol"]["bpe"] != "0"
    assert rows["bob"]["total"] == "0"
    for student in ("carol", "dave", "erin"):  # softmax is broken or hostile; bpe is still graded in full
        assert rows[student]["softmax"] == "0" and rows[student]["bpe"] == rows["alice"]["bpe"], student
        assert rows[student]["error"] == ""

    reports = json.loads((tmp_path / "reports.json").read_text())
    softmax = {s: next(e for e in reports[s]["exercises"] if e["name"] == "softmax") for s in reports}
    assert "sys.exit" in softmax["carol"]["message"]
    assert any(c["kind"] == "fault" for c in softmax["dave"]["checks"])
    assert {p: p.read_bytes() for p in submissions.rglob("*.py")} == before, "a submission changed files"


def test_batch_explains_a_missing_folder(tmp_path):
    run = subprocess.run([shutil.which("llm-course"), "batch", str(tmp_path / "nowhere"), "--out", "x.csv"],
                         capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert run.returncode == 2 and "There is no folder" in run.stderr and "Traceback" not in run.stderr

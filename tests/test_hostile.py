"""Hostile submissions get no credit, a clear message, finish within their limits, and disturb nothing.

Each file in tests/hostile/ is a softmax exercise that misbehaves (its docstring says how). The suite
is graded with short limits to keep the run quick; the real limits are only longer.
"""

import subprocess
import time
from pathlib import Path

import pytest

from course import paths
from course.syllabus import load
from grader.runner import grade_exercise
from grader.sandbox import Limits

SYLLABUS = load()
SOFTMAX = SYLLABUS.exercise("softmax")
LIMITS = Limits(call_seconds=1.0, load_seconds=3.0, memory_mb=512)
HOSTILE = Path(__file__).parent / "hostile"

# What the learner must be told, per submission (a fragment of the message of at least one check,
# or of the exercise when the file cannot load).
EXPECTED_MESSAGE = {
    "hangs_in_a_call": "did not finish within 1 s",
    "hangs_while_loading": "did not finish within 3 s",
    "exits_with_status_zero": "sys.exit(0)",
    "exits_at_import": "sys.exit(0)",
    "kills_its_own_process": "exited with status 0",
    "segfaults": "segmentation fault",
    "monkeypatches_numpy_and_builtins": "broke the grading worker",
    "reads_the_reference": "reference solutions or hidden suites is not allowed",
    "imports_the_grader_suite": "reference solutions or hidden suites is not allowed",
    "forges_replies": "cannot be graded",
    "writes_fake_progress": "not allowed while grading",
    "kills_the_grader": "not allowed while grading",
    "eats_memory": "out of memory",
    "floods_output": "too much output",
    "recurses_forever": "recursed too deeply",
}


def _messages(result) -> str:
    return "\n".join([result.message] + [c.message for c in result.checks])


def _tree_snapshot() -> str:
    return subprocess.run(["git", "status", "--porcelain", "--ignored", "exercises", "solutions", ".llm-course"],
                          cwd=paths.ROOT, capture_output=True, text=True).stdout


@pytest.mark.parametrize("name", sorted(EXPECTED_MESSAGE))
def test_hostile_submission_gets_no_credit_and_a_clear_message(name):
    before = _tree_snapshot()
    started = time.monotonic()
    result = grade_exercise(SYLLABUS, SOFTMAX, HOSTILE / f"{name}.py", LIMITS)
    elapsed = time.monotonic() - started
    assert result.score == 0, [c.name for c in result.checks if c.passed]
    assert EXPECTED_MESSAGE[name] in _messages(result), _messages(result)
    assert not [c for c in result.checks if c.kind == "grader_error"], _messages(result)
    # Bounded: every check can cost at most one call limit (plus a worker restart).
    assert elapsed < len(result.checks) * (LIMITS.call_seconds + 1.5) + LIMITS.load_seconds + 5
    assert _tree_snapshot() == before, "the submission changed the course's files"


def test_every_hostile_submission_is_listed():
    assert {p.stem for p in HOSTILE.glob("*.py")} == set(EXPECTED_MESSAGE)


def test_grading_after_a_hostile_submission_is_undisturbed():
    """The grader process survives the worst of them and still grades the reference at full marks."""
    for name in ("segfaults", "monkeypatches_numpy_and_builtins", "kills_the_grader", "forges_replies"):
        grade_exercise(SYLLABUS, SOFTMAX, HOSTILE / f"{name}.py", LIMITS)
    result = grade_exercise(SYLLABUS, SOFTMAX, SOFTMAX.solution_path)
    assert result.status == "passed", _messages(result)

"""The words a learner reads for one check, shared by every reporter so they all say the same thing."""

from __future__ import annotations

from grader.results import CheckResult, ExerciseResult

STATUS_WORDS = {
    "passed": "passed",
    "partial": "partly done",
    "failed": "not passing yet",
    "not_started": "not started",
    "load_error": "could not be loaded",
    "missing": "file missing",
}


def check_lines(check: CheckResult) -> list[str]:
    """What went wrong, on which call, expected vs got, a hint and where to read again (failures only)."""
    if check.passed:
        return []
    lines = [check.message] if check.message else []
    if check.call:
        lines.append(f"Your call: {check.call}")
    if check.expected is not None:
        lines.append(f"Expected:  {check.expected}")
    if check.got is not None:
        lines.append(f"Got:       {check.got}")
    if check.hint:
        lines.append(f"Hint: {check.hint}")
    if check.read_again:
        lines.append(f"Read again: {check.read_again}")
    return lines


def exercise_summary(exercise: ExerciseResult) -> str:
    """One line: `bpe (tokenization): 12/20 points, partly done`."""
    return (f"{exercise.name} ({exercise.chapter}): {exercise.score}/{exercise.max_score} points, "
            f"{STATUS_WORDS[exercise.status]}")


def not_started_advice(exercise: ExerciseResult) -> str:
    return (f"Open exercises/{exercise.file}, replace each `raise NotImplementedError(...)` with your "
            f"code, then run `llm-course grade {exercise.name}`.")

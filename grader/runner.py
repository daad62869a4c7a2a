"""Grade exercises: run each hidden check against the learner's worker and decide the score here.

For every exercise the runner starts one worker on the learner's file, runs the suite's checks in
order (hypothesis generates inputs in this process; the worker only computes the learner's answers),
and turns each outcome into a `CheckResult` with a message for the learner. A fault in one check
(hang, crash, exit) restarts the worker for the next; a time budget bounds the whole exercise.
"""

from __future__ import annotations

import time
import traceback
from pathlib import Path

from hypothesis.errors import Flaky

from course.syllabus import Exercise, Syllabus
from grader.checks import CheckFailed
from grader.learner import Learner, NotStarted
from grader.results import CheckResult, ExerciseResult, GradeReport
from grader.sandbox import LearnerProcess, LearnerRaised, Limits, LoadFailed, WorkerFault
from grader.suite import Check, load_checks, load_reference

EXERCISE_BUDGET_SECONDS = 120.0
"""Wall time one exercise may take in all; checks not reached by then are reported as not run."""


def grade(syllabus: Syllabus, exercises: list[Exercise], tree: Path, limits: Limits = Limits(),
          verbose: bool = False) -> GradeReport:
    """Grade `exercises` found in `tree` (a folder laid out like exercises/)."""
    started = time.monotonic()
    results = [grade_exercise(syllabus, e, tree / e.relative_path, limits, verbose) for e in exercises]
    return GradeReport(results, duration_seconds=time.monotonic() - started)


def grade_exercise(syllabus: Syllabus, exercise: Exercise, learner_file: Path,
                   limits: Limits = Limits(), verbose: bool = False) -> ExerciseResult:
    started = time.monotonic()
    chapter = syllabus.chapter(exercise.chapter)
    checks = load_checks(exercise)
    reference = load_reference(exercise)
    result = ExerciseResult(name=exercise.name, chapter=exercise.chapter, title=exercise.title,
                            file=str(exercise.relative_path), status="failed")

    def outcome(check: Check, kind: str, message: str = "", **details: str | None) -> CheckResult:
        passed = kind == "passed"
        return CheckResult(name=check.name, title=check.title, kind=kind,
                           score=check.info.points if passed else 0, max_score=check.info.points,
                           message=message, hint="" if passed else check.info.hint,
                           read_again="" if passed else chapter.url(check.info.section), **details)

    if not learner_file.is_file():
        result.status = "missing"
        result.message = (f"There is no file {learner_file}. Bring back a fresh stub with "
                          f"`llm-course reset {exercise.name}`.")
        result.checks = [outcome(c, "not_run", "The exercise file is missing.") for c in checks]
        return _finish(result, started)

    with LearnerProcess(learner_file, limits) as process:
        try:
            process.start()
        except (LoadFailed, WorkerFault) as error:
            result.status, result.message = "load_error", str(error)
            result.syntax_error = isinstance(error, LoadFailed) and error.syntax_error
            result.checks = [outcome(c, "not_run", "Your file could not be loaded.") for c in checks]
            return _finish(result, started)
        learner = Learner(process)
        for check in checks:
            if time.monotonic() - started > EXERCISE_BUDGET_SECONDS:
                result.checks.append(outcome(check, "not_run", f"Not run: this exercise used up its "
                                                               f"{EXERCISE_BUDGET_SECONDS:g} s."))
                continue
            result.checks.append(_run_check(check, learner, reference, outcome, verbose))
    result.status = _status(result)
    return _finish(result, started)


def _run_check(check: Check, learner: Learner, reference: object, outcome, verbose: bool) -> CheckResult:
    learner.start_check()
    try:
        check.function(learner=learner, reference=reference)
    except CheckFailed as failure:
        return outcome(check, "failed", failure.summary, call=_call(learner),
                       expected=failure.expected, got=failure.got)
    except NotStarted as error:
        return outcome(check, "not_started", str(error))
    except LearnerRaised as error:
        message = _explain_raised(error)
        if verbose and error.traceback:
            message += "\nTraceback (your code, innermost last):\n" + error.traceback.rstrip()
        return outcome(check, "error", message, call=_call(learner))
    except WorkerFault as fault:
        return outcome(check, "fault", str(fault), call=_call(learner))
    except Flaky:
        return outcome(check, "failed", "Your code gave different results for the same input; graded "
                                        "functions must be deterministic (pass rng in, don't use globals).",
                       call=_call(learner))
    except Exception as error:  # a bug in the suite itself: say so, never blame the learner
        detail = traceback.format_exc() if verbose else f"{type(error).__name__}: {error}"
        return outcome(check, "grader_error", f"The grader itself failed on this check; please report "
                                              f"it. {detail}")
    return outcome(check, "passed")


def _call(learner: Learner) -> str | None:
    return str(learner.last_call) if learner.last_call else None


def _explain_raised(error: LearnerRaised) -> str:
    where = f" ({error.where})" if error.where else ""
    if error.type_name == "PermissionError" and "while grading" in error.message:
        return f"Your code tried something graded code may not do{where}: {error.message}"
    return f"Your code raised {error.type_name}{where}: {error.message}"


def _status(result: ExerciseResult) -> str:
    if all(c.passed for c in result.checks):
        return "passed"
    if result.score == 0 and all(c.kind in ("not_started", "passed") for c in result.checks):
        return "not_started"
    return "partial" if result.score > 0 else "failed"


def _finish(result: ExerciseResult, started: float) -> ExerciseResult:
    result.duration_seconds = time.monotonic() - started
    return result

"""Which implementation of each part the capstone uses: the learner's, once it has earned full marks.

A part is the learner's own module when `llm-course grade` gave that exact file full marks (the
progress file keeps each graded file's SHA-256). Otherwise the capstone uses the reference solution
and says why, so a learner can run the capstone at any point and watch it fill with their own code.
The learner's module is imported into this process: the capstone is the learner's own program, run
on their own machine, not a grading run.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from course import progress, workspace
from course.syllabus import Exercise, load


@dataclass(frozen=True)
class Part:
    exercise: Exercise
    module: ModuleType
    yours: bool
    why: str


def choose(exercise_name: str, exercises_tree: Path | None = None, force_reference: bool = False) -> Part:
    """The learner's module for `exercise_name` if it has full marks as it stands, else the reference.

    `exercises_tree` defaults to the learner's own (see `course.workspace`)."""
    exercises_tree = exercises_tree or workspace.exercises_tree()
    exercise = load().exercise(exercise_name)
    learner_file = exercises_tree / exercise.relative_path
    entry = progress.load(exercises_tree)["exercises"].get(exercise.name, {})
    if force_reference:
        why = "reference (--reference)"
    elif entry.get("status") != "passed":
        score = f"{entry['score']}/{entry['max_score']}" if "score" in entry else "not graded yet"
        why = f"reference: yours is not finished ({score}); run `llm-course grade {exercise.name}`"
    elif entry.get("sha256") != progress.file_digest(learner_file):
        why = f"reference: yours changed since it passed; run `llm-course grade {exercise.name}` again"
    else:
        return Part(exercise, _import(learner_file, f"yours_{exercise.name}"), True, "yours (full marks)")
    return Part(exercise, _import(exercise.solution_path, f"reference_{exercise.name}"), False, why)


def _import(path: Path, module_name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

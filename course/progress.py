"""The learner's progress: one small JSON file beside the exercises tree, `.llm-course/progress.json`.

    {"version": 1,
     "exercises": {"bpe": {"score": 12, "max_score": 20, "status": "partial", "attempts": 3,
                           "sha256": "<of the file that got this score>"}},
     "quizzes": {"tokenization": {"bpe-by-hand": true, "vocab-size": false}}}

Written after each `llm-course grade` of the learner's own exercises and each answer in
`llm-course quiz`; read by `llm-course` (status). A quiz entry is whether the latest answer was right.
The environment variable LLM_COURSE_STATE_DIR puts the file elsewhere (the project's tests use it).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from grader.results import GradeReport

VERSION = 1


def state_file(exercises_tree: Path) -> Path:
    folder = os.environ.get("LLM_COURSE_STATE_DIR")
    return Path(folder) / "progress.json" if folder else exercises_tree.resolve().parent / ".llm-course" / "progress.json"


def load(exercises_tree: Path) -> dict:
    """The saved progress, or an empty one if there is none (or it is unreadable)."""
    try:
        data = json.loads(state_file(exercises_tree).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"version": VERSION, "exercises": {}, "quizzes": {}}
    if not isinstance(data, dict) or not isinstance(data.get("exercises"), dict):
        return {"version": VERSION, "exercises": {}, "quizzes": {}}
    if not isinstance(data.get("quizzes"), dict):
        data["quizzes"] = {}
    return data


def record(exercises_tree: Path, report: GradeReport) -> None:
    """Fold a grading run into the saved progress (atomically: a crash never leaves half a file)."""
    data = load(exercises_tree)
    for exercise in report.exercises:
        entry = data["exercises"].setdefault(exercise.name, {"attempts": 0})
        entry.update(score=exercise.score, max_score=exercise.max_score, status=exercise.status,
                     attempts=int(entry.get("attempts", 0)) + 1, sha256=file_digest(exercises_tree / exercise.file))
    _save(exercises_tree, data)


def file_digest(path: Path) -> str:
    """The SHA-256 of a file's bytes ("" if it cannot be read): tells whether it changed since grading."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def record_quiz_answer(exercises_tree: Path, chapter: str, question: str, correct: bool) -> None:
    data = load(exercises_tree)
    data["quizzes"].setdefault(chapter, {})[question] = correct
    _save(exercises_tree, data)


def _save(exercises_tree: Path, data: dict) -> None:
    path = state_file(exercises_tree)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(temporary, path)

"""The learner's progress: one small JSON file beside the exercises tree, `.llm-course/progress.json`.

    {"version": 1,
     "exercises": {"bpe": {"score": 12, "max_score": 20, "status": "partial", "attempts": 3,
                           "sha256": "<of the file that got this score>",
                           "hints": 2, "solution": "forced", "resets": 1}},
     "quizzes": {"tokenization": {"bpe-by-hand": true, "vocab-size": false}}}

Per exercise: the latest grade of the learner's own file (score, max_score, status, and the file's
SHA-256), how many times it was graded (attempts), how many hints were shown (hints), whether the
reference was shown ("after passing", or "forced" before it passed) and how many times the file was
reset to its stub (resets; a reset clears the grade). A quiz entry is whether the latest answer was
right. Written by `llm-course grade`, `quiz`, `hint`, `solution` and `reset`; read by `llm-course`
(status). Every key but "version" may be missing. The environment variable LLM_COURSE_STATE_DIR puts
the file elsewhere (the project's tests use it).
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


def record_hint(exercises_tree: Path, name: str) -> int:
    """Count one more hint shown for `name`; return how many have now been shown."""
    data = load(exercises_tree)
    entry = data["exercises"].setdefault(name, {})
    entry["hints"] = int(entry.get("hints", 0)) + 1
    _save(exercises_tree, data)
    return entry["hints"]


def record_solution_shown(exercises_tree: Path, name: str, forced: bool) -> None:
    data = load(exercises_tree)
    entry = data["exercises"].setdefault(name, {})
    if entry.get("solution") != "forced":  # once forced, always recorded as forced
        entry["solution"] = "forced" if forced else "after passing"
    _save(exercises_tree, data)


def record_reset(exercises_tree: Path, name: str) -> None:
    """Forget the grade of `name` (its file is a fresh stub again); keep attempts, hints and the rest."""
    data = load(exercises_tree)
    entry = data["exercises"].setdefault(name, {})
    for key in ("score", "max_score", "status", "sha256"):
        entry.pop(key, None)
    entry["resets"] = int(entry.get("resets", 0)) + 1
    _save(exercises_tree, data)


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

"""`llm-course` with no command: where the learner is, chapter by chapter, and what to do next."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from course import progress, quiz, workspace
from course.stubs import MarkerError, stub_for
from course.syllabus import Chapter, Exercise, load
from grader.suite import load_checks

STYLES = {"passed": "green", "in progress": "yellow", "not started": "dim", "missing": "red"}


def exercise_state(exercise: Exercise, tree: Path, saved: dict) -> str:
    """One of: missing, not started, in progress, passed."""
    file = tree / exercise.relative_path
    if not file.is_file():
        return "missing"
    if file.read_text(encoding="utf-8", errors="replace") == _stub(exercise) or not (saved or _stub(exercise)):
        return "not started"
    return "passed" if saved.get("status") == "passed" else "in progress"


def next_exercise(tree: Path, after: Exercise | None = None) -> Exercise | None:
    """The first exercise in course order (after `after`, if given) that has not passed."""
    exercises = list(load().exercises)
    if after is not None:
        exercises = exercises[exercises.index(after) + 1:]
    saved = progress.load(tree)["exercises"]
    return next((e for e in exercises if exercise_state(e, tree, saved.get(e.name, {})) != "passed"), None)


def _stub(exercise: Exercise) -> str | None:
    """The exercise's fresh stub, or None in a copy of the course without reference solutions."""
    try:
        return stub_for(exercise)
    except (OSError, MarkerError):
        return None


def _points(exercise: Exercise, saved: dict) -> int:
    """The exercise's maximum score: from its suite, or from its last grade where the suite is absent."""
    try:
        return sum(c.info.points for c in load_checks(exercise))
    except ImportError:
        return int(saved.get("max_score", 0))


def run(args: argparse.Namespace, console: Console) -> int:
    syllabus = load()
    tree = workspace.exercises_tree()
    state = progress.load(tree)
    saved, answers = state["exercises"], state["quizzes"]
    table = Table(title="llm-course: how large language models work", title_justify="left")
    table.add_column("#", justify="right", style="dim")
    table.add_column("chapter")
    table.add_column("quiz", justify="right")
    table.add_column("points", justify="right")
    table.add_column("", width=12)
    table.add_column("exercises (green: passed, yellow: in progress)")
    next_step, passed, total_score, total_max = None, 0, 0, 0
    for chapter in syllabus.chapters:
        cells, score, max_score = [], 0, 0
        for exercise in chapter.exercises:
            entry = saved.get(exercise.name, {})
            exercise_status = exercise_state(exercise, tree, entry)
            points = _points(exercise, entry)
            earned = entry.get("score", 0) if exercise_status in ("passed", "in progress") else 0
            score, max_score = score + earned, max_score + points
            passed += exercise_status == "passed"
            cells.append(Text(f"{exercise.name} {earned}/{points}", style=STYLES[exercise_status]))
            if next_step is None and exercise_status != "passed":
                next_step = exercise
        total_score, total_max = total_score + score, total_max + max_score
        bar = ProgressBar(total=max(max_score, 1), completed=score, width=12) if max_score else ""
        table.add_row(str(chapter.number), chapter.title, _quiz_cell(chapter, answers.get(chapter.id, {})),
                      f"{score}/{max_score}" if max_score else "", bar, Text(", ").join(cells))
    console.print(table)
    if workspace.in_workspace(tree):
        console.print(f"Workspace: {tree.parent}", style="dim")
    hints = sum(int(entry.get("hints", 0)) for entry in saved.values())
    console.print(f"{passed} of {len(syllabus.exercises)} exercises passed, {total_score}/{total_max} points, "
                  f"{hints} hint{'s' * (hints != 1)} used.")
    if next_step is None:
        console.print("Every exercise passes. Well done!", style="green")
    else:
        console.print(f"Next: read {next_step.chapter} ({syllabus.chapter(next_step.chapter).url()}), "
                      f"edit exercises/{next_step.relative_path}, then run "
                      f"`llm-course grade {next_step.name}` (stuck? `llm-course hint {next_step.name}`).")
    console.print("The quiz column counts questions answered right; `llm-course quiz <chapter>` asks them.",
                  style="dim")
    console.print("Start the course site with `llm-course serve`; `llm-course --help` lists every command.",
                  style="dim")
    return 0


def _quiz_cell(chapter: Chapter, answers: dict) -> str:
    """`3/7` questions of the chapter's quiz answered right in the terminal, or `-` if it has none yet."""
    try:
        total = len(quiz.load(chapter.id).questions)
    except quiz.QuizError:
        return "-"
    return f"{sum(1 for right in answers.values() if right is True)}/{total}"

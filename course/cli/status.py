"""`llm-course` with no command: where the learner is, chapter by chapter, and what to do next."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.table import Table

from course import paths, progress, quiz
from course.stubs import stub_for
from course.syllabus import Exercise, load
from grader.suite import load_checks


def exercise_state(exercise: Exercise, saved: dict) -> str:
    """One of: missing, not started, in progress, passed."""
    file = paths.EXERCISES / exercise.relative_path
    if not file.is_file():
        return "missing"
    if file.read_text(encoding="utf-8") == stub_for(exercise):
        return "not started"
    return "passed" if saved.get("status") == "passed" else "in progress"


def run(args: argparse.Namespace, console: Console) -> int:
    syllabus = load()
    state = progress.load(paths.EXERCISES)
    saved, answers = state["exercises"], state["quizzes"]
    table = Table(title="llm-course: how large language models work", title_justify="left",
                  show_lines=False, expand=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("chapter")
    table.add_column("quiz", justify="right")
    table.add_column("exercise")
    table.add_column("points", justify="right")
    table.add_column("state")
    next_step = None
    styles = {"passed": "green", "in progress": "yellow", "not started": "dim", "missing": "red"}
    for chapter in syllabus.chapters:
        quiz_cell = _quiz_cell(chapter.id, answers.get(chapter.id, {}))
        if not chapter.exercises:
            table.add_row(str(chapter.number), chapter.title, quiz_cell, "", "", "")
        for index, exercise in enumerate(chapter.exercises):
            state = exercise_state(exercise, saved.get(exercise.name, {}))
            max_score = sum(c.info.points for c in load_checks(exercise))
            score = saved.get(exercise.name, {}).get("score", 0) if state != "not started" else 0
            first = index == 0
            table.add_row(str(chapter.number) if first else "", chapter.title if first else "",
                          quiz_cell if first else "", exercise.name, f"{score}/{max_score}",
                          f"[{styles[state]}]{state}[/]")
            if next_step is None and state != "passed":
                next_step = exercise
    console.print(table)
    if next_step is None:
        console.print("Every exercise passes. Well done!", style="green")
    else:
        console.print(f"Next: read {next_step.chapter} ({syllabus.chapter(next_step.chapter).url()}), "
                      f"edit exercises/{next_step.relative_path}, then run "
                      f"`llm-course grade {next_step.name}`.")
    console.print("The quiz column counts questions answered right; `llm-course quiz <chapter>` asks them.",
                  style="dim")
    console.print("Start the course site with `llm-course serve`; `llm-course --help` lists every command.",
                  style="dim")
    return 0


def _quiz_cell(chapter: str, answers: dict) -> str:
    """`3/7` questions of the chapter's quiz answered right in the terminal, or `-` if it has none yet."""
    try:
        total = len(quiz.load(chapter).questions)
    except quiz.QuizError:
        return "-"
    return f"{sum(1 for right in answers.values() if right is True)}/{total}"

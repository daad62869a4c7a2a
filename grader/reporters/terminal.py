"""The report for a learner at a terminal: one block per exercise, failures explained, no pytest noise."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from grader.reporters.feedback import STATUS_WORDS, check_lines, not_started_advice
from grader.results import ExerciseResult, GradeReport

_MARKS = {"passed": ("✓", "green"), "not_started": ("·", "dim"), "not_run": ("-", "dim")}


def show(report: GradeReport, console: Console) -> None:
    for exercise in report.exercises:
        _exercise(exercise, console)
        console.print()
    if len(report.exercises) > 1:
        console.print(Text(f"Total: {report.score}/{report.max_score} points", style="bold"))


def _exercise(exercise: ExerciseResult, console: Console) -> None:
    colour = {"passed": "green", "not_started": "dim", "partial": "yellow"}.get(exercise.status, "red")
    header = Text()
    header.append(exercise.name, style="bold")
    header.append(f"  ({exercise.chapter})  ")
    header.append(f"{exercise.score}/{exercise.max_score} points, {STATUS_WORDS[exercise.status]}", style=colour)
    console.print(header)
    if exercise.status == "not_started":
        console.print(f"  {escape(not_started_advice(exercise))}")
        return
    if exercise.status in ("load_error", "missing"):
        for line in exercise.message.splitlines():
            console.print(f"  {escape(line)}", style="red", highlight=False)
        console.print("  Fix this first; no check could run.", style="dim")
        return
    for check in exercise.checks:
        mark, style = _MARKS.get(check.kind, ("✗", "red"))
        line = Text(f"  {mark} ", style=style)
        line.append(check.title)
        line.append(f"  {check.score}/{check.max_score}", style="dim")
        console.print(line)
        for detail in check_lines(check):
            indented = "\n".join("      " + line for line in detail.splitlines())
            console.print(Text(indented, style="dim" if detail.startswith("Read again") else ""),
                          highlight=False)
    if exercise.status == "passed":
        console.print("  All checks pass. On to the next one: run `llm-course`.", style="green")
    elif exercise.status in ("partial", "failed"):
        console.print(f"  Stuck? `llm-course hint {exercise.name}` gives a hint, one more each time.", style="dim")

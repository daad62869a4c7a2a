"""`llm-course solution <exercise>`: the reference solution, once the learner's own has passed."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.syntax import Syntax

from course import progress, workspace
from course.cli.errors import UsageError
from course.syllabus import load

EXAMPLES = """examples:
  llm-course solution bpe            after `llm-course grade bpe` passed
  llm-course solution bpe --force    before it passed (recorded in your progress)
"""


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("solution", help="show an exercise's reference solution, once yours passes",
                                 epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("exercise", help="exercise name, as listed by `llm-course`")
    parser.add_argument("--force", action="store_true",
                        help="show it before your own passes; your progress records that you did")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    exercise = load().exercise(args.exercise)
    tree = workspace.exercises_tree()
    passed = progress.load(tree)["exercises"].get(exercise.name, {}).get("status") == "passed"
    if not passed and not args.force:
        raise UsageError(f"{exercise.name} has not passed yet, so its reference stays hidden. "
                         f"Try `llm-course hint {exercise.name}`, or add --force to see it anyway (recorded).")
    if not exercise.solution_path.is_file():
        raise UsageError("This copy of the course has no reference solutions (a student release); "
                         "ask your instructor for them.")
    progress.record_solution_shown(tree, exercise.name, forced=not passed)
    console.print(f"[bold]Reference solution of {exercise.name}[/] ({exercise.relative_path}):\n")
    console.print(Syntax(exercise.solution_path.read_text(encoding="utf-8"), "python", theme="ansi_dark",
                         background_color="default"))
    return 0

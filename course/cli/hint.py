"""`llm-course hint <exercise>`: one more hint each time it runs, never the solution itself."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.markdown import Markdown

from course import progress, workspace
from course.syllabus import load

EXAMPLES = """examples:
  llm-course hint bpe            the hints seen so far, and one more
  llm-course hint bpe --again    the hints seen so far, without a new one
"""


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("hint", help="show the next hint for an exercise", epilog=EXAMPLES,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("exercise", help="exercise name, as listed by `llm-course`")
    parser.add_argument("--again", action="store_true", help="repeat the hints already shown; no new one")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    syllabus = load()
    exercise = syllabus.exercise(args.exercise)
    chapter_url = syllabus.chapter(exercise.chapter).url()
    if not exercise.hints:
        console.print(f"There are no hints for {exercise.name} yet. Its docstrings are the full specification, "
                      f"and the chapter teaches it: {chapter_url}")
        return 0
    tree = workspace.exercises_tree()
    shown = progress.load(tree)["exercises"].get(exercise.name, {}).get("hints", 0)
    if not args.again and shown < len(exercise.hints):
        shown = progress.record_hint(tree, exercise.name)
    if shown == 0:
        console.print(f"No hint shown yet; `llm-course hint {exercise.name}` shows the first.")
        return 0
    for number, hint in enumerate(exercise.hints[:shown], start=1):
        console.rule(f"Hint {number} of {len(exercise.hints)}", align="left", style="dim")
        console.print(Markdown(hint))
    console.print()
    if shown < len(exercise.hints):
        console.print(f"Run `llm-course hint {exercise.name}` again for the next hint.", style="dim")
    else:
        console.print(f"That was the last hint. Once `llm-course grade {exercise.name}` passes, "
                      f"`llm-course solution {exercise.name}` shows the reference to compare with.", style="dim")
    return 0

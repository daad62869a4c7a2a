"""`llm-course reset <exercise>`: put a fresh stub back, after saving the learner's file as a backup."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rich.console import Console

from course import progress, workspace
from course.cli.errors import UsageError
from course.stubs import stub_for
from course.syllabus import Exercise, load

EXAMPLES = """examples:
  llm-course reset bpe           asks first, then saves your file under .llm-course/backups/
  llm-course reset bpe --yes     without asking
"""


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("reset", help="start an exercise again from a fresh stub (keeps a backup)",
                                 epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("exercise", help="exercise name, as listed by `llm-course`")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    exercise = load().exercise(args.exercise)
    tree = workspace.exercises_tree()
    target = tree / exercise.relative_path
    if not exercise.solution_path.is_file():
        raise UsageError("This copy of the course cannot make stubs (it has no reference solutions); "
                         f"copy {exercise.relative_path} from a fresh copy of the course instead.")
    stub = stub_for(exercise)
    if target.is_file() and target.read_text(encoding="utf-8", errors="replace") == stub:
        console.print(f"{target} is already a fresh stub; nothing to do.")
        return 0
    if not args.yes and not _confirm(console, f"Replace {target} with a fresh stub? Your file is kept as a backup."):
        console.print("Nothing changed.")
        return 1
    backup = _backup(tree, exercise, target) if target.is_file() else None
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(stub, encoding="utf-8")
    progress.record_reset(tree, exercise.name)
    saved = f" Your previous file is in {backup}." if backup else ""
    console.print(f"{target} is a fresh stub again.{saved}")
    return 0


def _confirm(console: Console, question: str) -> bool:
    try:
        answer = console.input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def _backup(tree: Path, exercise: Exercise, target: Path) -> Path:
    """Copy the learner's file to .llm-course/backups/<name>-<time>.py (never over an older backup)."""
    folder = progress.state_file(tree).parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup, n = folder / f"{exercise.name}-{stamp}.py", 1
    while backup.exists():
        n += 1
        backup = folder / f"{exercise.name}-{stamp}-{n}.py"
    backup.write_bytes(target.read_bytes())
    return backup

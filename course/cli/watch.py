"""`llm-course watch`: re-grade the exercise being worked on at every save, on one clean screen.

Changes are noticed two ways: file-system events (watchdog) for speed, and a poll of the file's
contents every POLL_SECONDS, which also works where events never arrive (network drives, WSL, some
containers). When the exercise passes, the watch moves on to the next one. Single keys steer it:
h hint, l list, n next, r re-grade, q quit (read from the terminal without Enter; from a pipe, one
per line).
"""

from __future__ import annotations

import argparse
import os
import select
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.markdown import Markdown
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from course import progress, workspace
from course.cli import status
from course.syllabus import Exercise, load
from grader.reporters import terminal
from grader.runner import grade

POLL_SECONDS = 1.0
KEYS = "h hint · l list · n next exercise · r re-grade · q quit"
EXAMPLES = """examples:
  llm-course watch            start at the first exercise that does not pass yet
  llm-course watch bpe        start at bpe
  llm-course watch --poll     only poll for changes (if saves go unnoticed)
"""


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("watch", help="re-grade an exercise at every save; move on when it passes",
                                 epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("exercise", nargs="?", help="where to start (default: the first not yet passed)")
    parser.add_argument("--poll", action="store_true", help="do not use file-system events, only polling")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    syllabus = load()
    tree = workspace.exercises_tree()
    exercise = syllabus.exercise(args.exercise) if args.exercise else status.next_exercise(tree)
    if exercise is None:
        console.print("Every exercise passes: there is nothing left to watch. Well done!", style="green")
        return 0
    changed = threading.Event()
    observer = None if args.poll else _observe(tree, changed)
    try:
        with _keys() as read_key:
            _loop(exercise, tree, console, changed, read_key)
    finally:
        if observer is not None:
            observer.stop()
    return 0


def _loop(exercise: Exercise, tree: Path, console: Console, changed: threading.Event, read_key) -> None:
    banner = ""
    while True:
        file = tree / exercise.relative_path
        seen = _signature(file)  # before grading: a save made while it grades is noticed afterwards
        passed = _grade_and_show(exercise, tree, console, banner)
        banner = ""
        if passed:
            following = status.next_exercise(tree, after=exercise)
            if following is None:
                console.print("\nThat was the last exercise. Well done!", style="bold green")
                return
            banner = f"✓ {exercise.name} passes. Next: {following.name}."
            exercise = following
            continue
        polled = time.monotonic()
        while True:
            key = read_key(0.2)
            if key == "q":
                return
            if key == "h":
                _show_hint(exercise, tree, console)
            elif key == "l":
                status.run(argparse.Namespace(), console)
            elif key == "n":
                exercise = status.next_exercise(tree, after=exercise) or exercise
                break
            elif key == "r":
                break
            if changed.is_set() or time.monotonic() - polled >= POLL_SECONDS:
                changed.clear()
                polled = time.monotonic()
                if _signature(file) != seen:
                    break


def _grade_and_show(exercise: Exercise, tree: Path, console: Console, banner: str) -> bool:
    console.clear()
    if banner:
        console.print(banner, style="bold green")
    console.print(f"[bold]llm-course watch[/]  {exercise.name}: {exercise.title}", highlight=False)
    console.print(f"Editing {tree / exercise.relative_path}; every save re-grades it.\n", style="dim")
    with console.status("Grading…"):
        report = grade(load(), [exercise], tree)
    progress.record(tree, report)
    terminal.show(report, console)
    console.print(KEYS, style="dim")
    return report.exercises[0].status == "passed"


def _show_hint(exercise: Exercise, tree: Path, console: Console) -> None:
    if not exercise.hints:
        console.print(f"No hints for {exercise.name} yet; its docstrings are the full specification.")
        return
    shown = progress.load(tree)["exercises"].get(exercise.name, {}).get("hints", 0)
    if shown < len(exercise.hints):
        shown = progress.record_hint(tree, exercise.name)
    console.rule(f"Hint {shown} of {len(exercise.hints)}", align="left", style="dim")
    console.print(Markdown(exercise.hints[shown - 1]))


def _signature(file: Path) -> str:
    """What the file holds now (its digest; "" when it is missing): a save that changes nothing is ignored."""
    return progress.file_digest(file)


def _observe(tree: Path, changed: threading.Event):
    """Set `changed` on any file-system event under the tree; None where events are unavailable."""

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event) -> None:
            changed.set()

    observer = Observer()
    try:
        observer.schedule(Handler(), str(tree), recursive=True)
        observer.start()
    except OSError:  # e.g. the inotify watch limit: polling still works
        return None
    return observer


@contextmanager
def _keys():
    """A function read_key(timeout) -> one key or None. A terminal is put in cbreak mode (no Enter needed)
    and restored afterwards; from a pipe, each line's first character counts; without input, no keys."""
    try:
        import termios
        import tty
    except ImportError:  # Windows: no single-key reading; the watch still re-grades on save
        termios = tty = None
    fd = sys.stdin.fileno() if sys.stdin and not sys.stdin.closed and termios else None
    saved = None
    if fd is not None and os.isatty(fd):
        saved = termios.tcgetattr(fd)
        tty.setcbreak(fd)
    finished = fd is None

    def read_key(timeout: float) -> str | None:
        nonlocal finished
        if finished:
            time.sleep(timeout)
            return None
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return None
        data = os.read(fd, 1)
        if not data:
            finished = True  # end of input: keep watching, without keys
            return None
        key = data.decode(errors="replace").lower()
        return None if key.isspace() else key

    try:
        yield read_key
    finally:
        if saved is not None:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)

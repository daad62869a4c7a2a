"""`llm-course grade`: run the hidden suites on the learner's files and report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console

from course import progress, workspace
from course.cli.errors import NO_SUCH_PATH, NOTHING_TO_GRADE, SYNTAX_ERRORS, UsageError
from course.syllabus import load
from grader.reporters import FORMATS, terminal
from grader.runner import grade
from grader.sandbox import Limits

EXAMPLES = """examples:
  llm-course grade bpe                  one exercise
  llm-course grade tokenization         every exercise of a chapter
  llm-course grade --all                the whole course
  llm-course grade --all --path solutions --format json --output results.json
  llm-course grade --all --report junit:grades.xml --report markdown:grades.md   (and the screen)
"""


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("grade", help="grade exercises with the hidden suites", epilog=EXAMPLES,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", metavar="NAME", help="exercise or chapter names")
    parser.add_argument("--all", action="store_true", help="grade every exercise of the course")
    parser.add_argument("--path", type=Path, default=None,
                        help="folder laid out like exercises/ to grade (default: your exercises/)")
    parser.add_argument("--format", choices=["terminal", *FORMATS], default="terminal",
                        help="how to report (default: terminal)")
    parser.add_argument("--output", type=Path, help="write the report to this file instead of the screen")
    parser.add_argument("--report", action="append", default=[], metavar="FORMAT:FILE", type=_report,
                        help=f"also write the report in FORMAT ({', '.join(FORMATS)}) to FILE; repeatable")
    parser.add_argument("--timeout", type=float, default=Limits.call_seconds,
                        help="seconds one call to your code may take (default: %(default)s)")
    parser.add_argument("--memory", type=int, default=Limits.memory_mb,
                        help="megabytes of memory your code may use (default: %(default)s)")
    parser.add_argument("--verbose", action="store_true", help="show grader details for suite errors")
    parser.set_defaults(run=run)


def _report(value: str) -> tuple[str, Path]:
    """--report FORMAT:FILE, e.g. junit:grades.xml."""
    kind, _, file = value.partition(":")
    if kind not in FORMATS or not file:
        raise argparse.ArgumentTypeError(f"expected FORMAT:FILE with FORMAT one of {', '.join(FORMATS)}, got {value!r}")
    return kind, Path(file)


def run(args: argparse.Namespace, console: Console) -> int:
    syllabus = load()
    if not args.names and not args.all:
        raise UsageError(NOTHING_TO_GRADE)
    exercises = list(syllabus.exercises) if args.all else syllabus.select(args.names)
    own_tree = workspace.exercises_tree().resolve()
    tree = (args.path or own_tree).resolve()
    if not tree.is_dir():
        raise UsageError(NO_SUCH_PATH.format(path=args.path))
    limits = Limits(call_seconds=args.timeout, memory_mb=args.memory)
    if args.format == "terminal" and console.is_terminal:
        with console.status("Grading…"):
            report = grade(syllabus, exercises, tree, limits, verbose=args.verbose)
    else:
        report = grade(syllabus, exercises, tree, limits, verbose=args.verbose)
    if tree == own_tree:
        progress.record(tree, report)
    _emit(args, console, report)
    for kind, file in args.report:
        file.write_text(FORMATS[kind](report), encoding="utf-8")
    if any(e.syntax_error for e in report.exercises):
        print(SYNTAX_ERRORS, file=sys.stderr)
        return 2
    return 0 if report.full_marks else 1


def _emit(args: argparse.Namespace, console: Console, report) -> None:
    if args.format == "terminal":
        if args.output:
            with open(args.output, "w", encoding="utf-8") as out:
                terminal.show(report, Console(file=out, width=100, no_color=True))
        else:
            terminal.show(report, console)
        return
    text = FORMATS[args.format](report)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)

"""`llm-course batch SUBMISSIONS/`: grade a class, one folder per student, in parallel across cores.

Each student's folder holds a tree laid out like exercises/ (or an exercises/ folder inside it).
Students are graded in separate processes, several at a time; inside each, the grader runs every
exercise in its own sandboxed worker as usual, so a broken or hostile submission can only cost its
own row. The gradebook is a CSV with one row per student (one column per exercise, then the total),
and a JSON file keeps every student's full report in the schema of docs/contributing/results.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from course.cli.errors import UsageError
from course.syllabus import load
from grader.runner import grade

EXAMPLES = """examples:
  llm-course batch submissions/ --out gradebook.csv
  llm-course batch submissions/ --out gradebook.csv --json results.json --jobs 4
  llm-course batch submissions/ --out week3.csv --only bpe sampling   some exercises or chapters
"""


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("batch", help="grade a folder of submissions (one per student) into a gradebook",
                                 epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("submissions", type=Path, help="a folder with one sub-folder per student")
    parser.add_argument("--only", nargs="+", metavar="NAME", default=[],
                        help="grade only these exercises or chapters (default: all)")
    parser.add_argument("--out", type=Path, required=True, help="the CSV gradebook to write")
    parser.add_argument("--json", type=Path, help="also write every report to this JSON file")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="students graded at the same time (default: the number of CPUs, %(default)s)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    if not args.submissions.is_dir():
        raise UsageError(f"There is no folder {args.submissions}; give the folder that holds one folder per student.")
    students = sorted(p for p in args.submissions.iterdir() if p.is_dir() and not p.name.startswith("."))
    if not students:
        raise UsageError(f"{args.submissions} has no student folders in it.")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    syllabus = load()
    exercises = syllabus.select(args.only) if args.only else list(syllabus.exercises)
    names = [e.name for e in exercises]
    started = time.monotonic()
    reports: dict[str, dict] = {}
    columns = (TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar, ProcessPoolExecutor(args.jobs) as pool:
        task = bar.add_task("grading", total=len(students))
        futures = {pool.submit(grade_student, str(_tree_of(folder)), names): folder.name for folder in students}
        for future in as_completed(futures):
            student = futures[future]
            try:
                reports[student] = future.result()
            except Exception as error:  # the grader itself failed on this student: a row that says so
                reports[student] = {"error": f"{type(error).__name__}: {error}", "exercises": []}
            bar.advance(task)
    seconds = time.monotonic() - started
    write_gradebook(args.out, names, {s: reports[s] for s in sorted(reports)})
    if args.json:
        args.json.write_text(json.dumps({s: reports[s] for s in sorted(reports)}, indent=1, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    console.print(f"Graded {len(students)} submissions of {len(names)} exercise{'s' * (len(names) != 1)} in "
                  f"{seconds:.0f} s ({len(students) / seconds * 60:.1f} per minute, {args.jobs} at a time). "
                  f"Gradebook: {args.out}" + (f"; reports: {args.json}" if args.json else "") + ".")
    failed = [s for s, r in reports.items() if "error" in r]
    if failed:
        console.print(f"[red]The grader failed on {', '.join(failed)}[/]: see the error column.")
    return 0 if not failed else 1


def grade_student(tree: str, names: list[str]) -> dict:
    """One student's report as a dict (run in a worker process of the pool)."""
    syllabus = load()
    return grade(syllabus, syllabus.select(names), Path(tree)).to_dict()


def _tree_of(folder: Path) -> Path:
    """A student's exercises tree: their folder, or an exercises/ folder inside it."""
    inner = folder / "exercises"
    return inner if inner.is_dir() else folder


def write_gradebook(path: Path, names: list[str], reports: dict[str, dict]) -> None:
    """One row per student: the score of each exercise, the total, the maximum, and any grader error."""
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["student", *names, "total", "max_total", "error"])
        for student, report in reports.items():
            scores = {e["name"]: e["score"] for e in report.get("exercises", [])}
            writer.writerow([student, *(scores.get(n, 0) for n in names), report.get("score", 0),
                             report.get("max_score", ""), report.get("error", "")])

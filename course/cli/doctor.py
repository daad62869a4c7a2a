"""`llm-course doctor`: check the installation and the learner's files, and say exactly what to fix."""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from rich.console import Console

from course import paths, progress, workspace
from course.syllabus import load
from grader.runner import grade

EXAMPLES = """examples:
  llm-course doctor            everything, including a build of the course site (about half a minute)
  llm-course doctor --quick    everything but the site build
"""
DISTRIBUTION = "llm-course"
REINSTALL = f"run `pip install -e .` in {paths.ROOT}"


@dataclass(frozen=True)
class Finding:
    ok: bool
    what: str
    detail: str


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("doctor", help="check the installation and your files, and say what to fix",
                                 epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="skip building the course site")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    checks: list[Callable[[], Iterator[Finding]]] = [python_version, packages, exercise_files, progress_file,
                                                     hidden_suites, grader_sandbox]
    if not args.quick:
        checks.append(site_build)
    problems = 0
    for check in checks:
        with console.status(f"Checking {check.__name__.replace('_', ' ')}…"):
            findings = list(check())
        for finding in findings:
            problems += not finding.ok
            mark = "[green]✓[/]" if finding.ok else "[red]✗[/]"
            console.print(f"{mark} {finding.what}: {finding.detail}")
    console.print("All good." if not problems else f"{problems} problem{'s' * (problems != 1)} to fix (above).",
                  style="green" if not problems else "red")
    return 0 if not problems else 1


def python_version() -> Iterator[Finding]:
    wanted = SpecifierSet(importlib.metadata.metadata(DISTRIBUTION)["Requires-Python"] or "")
    have = ".".join(map(str, sys.version_info[:3]))
    yield Finding(have in wanted, "Python", f"{have}" if have in wanted else
                  f"{have}, but the course needs {wanted}: install a newer Python and reinstall the course")


def packages() -> Iterator[Finding]:
    for line in importlib.metadata.requires(DISTRIBUTION) or []:
        requirement = Requirement(line)
        if requirement.marker is not None:  # an extra (dev, instructor): not a learner's dependency
            continue
        try:
            version = importlib.metadata.version(requirement.name)
        except importlib.metadata.PackageNotFoundError:
            yield Finding(False, requirement.name, f"not installed: {REINSTALL}")
            continue
        if requirement.specifier.contains(version, prereleases=True):
            yield Finding(True, requirement.name, version)
        else:
            yield Finding(False, requirement.name, f"{version}, but the course needs {requirement.specifier}: {REINSTALL}")


def exercise_files() -> Iterator[Finding]:
    tree = workspace.exercises_tree()
    missing, broken = [], []
    for exercise in load().exercises:
        file = tree / exercise.relative_path
        if not file.is_file():
            missing.append(exercise.name)
            continue
        try:
            compile(file.read_bytes(), str(file), "exec")
        except SyntaxError as error:
            broken.append(f"{exercise.relative_path} line {error.lineno}: {error.msg}")
        except ValueError as error:  # null bytes and the like
            broken.append(f"{exercise.relative_path}: {error}")
    if missing:
        yield Finding(False, "exercise files", f"missing in {tree}: {', '.join(missing)}; bring each back with "
                                               f"`llm-course reset <name>`")
    for problem in broken:
        yield Finding(False, "exercise files", f"{problem} (fix it, or start again with `llm-course reset`)")
    if not missing and not broken:
        yield Finding(True, "exercise files", f"all {len(load().exercises)} present in {tree}, and valid Python")


def progress_file() -> Iterator[Finding]:
    tree = workspace.exercises_tree()
    path = progress.state_file(tree)
    if path.exists():
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            yield Finding(False, "progress file", f"{path} cannot be read ({error}); move it away to start a "
                                                  "new one")
            return
    folder = path.parent if path.parent.exists() else path.parent.parent
    if os.access(folder, os.W_OK):
        yield Finding(True, "progress file", str(path))
    else:
        yield Finding(False, "progress file", f"cannot write to {folder}; make it writable, or work in a "
                                              "workspace of your own (`llm-course init DIR`)")


def hidden_suites() -> Iterator[Finding]:
    absent = [e.name for e in load().exercises if not (paths.SUITES / e.chapter / f"test_{e.name}.py").is_file()]
    if absent:
        yield Finding(False, "grader suites", f"{len(absent)} missing ({', '.join(absent[:5])}...): this copy "
                                              "cannot grade; install your instructor's grader package")
    else:
        yield Finding(True, "grader suites", f"all {len(load().exercises)} present")


def grader_sandbox() -> Iterator[Finding]:
    """Grade one reference solution end to end: the worker process, its limits and the suite."""
    syllabus = load()
    exercise = syllabus.exercise("softmax")
    if not exercise.solution_path.is_file():
        yield Finding(True, "grader", "not tried: this copy has no reference solutions to grade")
        return
    report = grade(syllabus, [exercise], paths.SOLUTIONS)
    result = report.exercises[0]
    if result.status == "passed":
        yield Finding(True, "grader", f"graded a reference solution in {result.duration_seconds:.1f} s")
    else:
        yield Finding(False, "grader", f"a reference solution got {result.score}/{result.max_score} "
                                       f"({result.status}); run `llm-course grade softmax --path solutions "
                                       "--verbose` and report what it says")


def site_build() -> Iterator[Finding]:
    with tempfile.TemporaryDirectory() as out:
        run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", out],
                             cwd=paths.ROOT, capture_output=True, text=True,
                             env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if run.returncode == 0:
        yield Finding(True, "course site", "builds (mkdocs build --strict)")
    else:
        last = (run.stderr.strip().splitlines() or ["no output"])[-1]
        yield Finding(False, "course site", f"does not build: {last}; {REINSTALL}, then try `llm-course serve`")

"""Generate the learner's stubs in exercises/ from the reference solutions in solutions/.

A solution marks what the learner writes with nbgrader's markers:

    def merge(ids, pair, new_id):
        \"\"\"...the full spec...\"\"\"
        ### BEGIN SOLUTION
        ...reference code...
        ### END SOLUTION

In the stub the marked region becomes one `raise NotImplementedError(...)` naming the function and the
command that grades it; everything else (docstrings, signatures, helpers) is kept as it is. The stubs
are committed; `python -m course.stubs --check` fails when one has drifted from its solution.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from course import paths
from course.syllabus import Exercise, load

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
_DEF = re.compile(r"^(\s*)(?:async\s+)?def\s+(\w+)")


class MarkerError(ValueError):
    """A solution's BEGIN/END SOLUTION markers do not pair up."""


def make_stub(source: str, exercise: str, filename: str = "<solution>") -> str:
    """Return `source` with every solution region replaced by a NotImplementedError naming its function."""
    out: list[str] = []
    function = None
    inside = None
    for number, line in enumerate(source.splitlines(keepends=True), start=1):
        stripped = line.strip()
        if stripped == BEGIN:
            if inside is not None:
                raise MarkerError(f"{filename}:{number}: BEGIN SOLUTION inside another solution region")
            if function is None:
                raise MarkerError(f"{filename}:{number}: a solution region must be inside a function")
            inside = number
            indent = line[: len(line) - len(line.lstrip())]
            out.append(f'{indent}raise NotImplementedError("{function}: write it, then run '
                       f'`llm-course grade {exercise}`")\n')
        elif stripped == END:
            if inside is None:
                raise MarkerError(f"{filename}:{number}: END SOLUTION without a BEGIN SOLUTION")
            inside = None
        elif inside is None:
            match = _DEF.match(line)
            if match:
                function = match.group(2)
            out.append(line)
    if inside is not None:
        raise MarkerError(f"{filename}:{inside}: BEGIN SOLUTION is never closed")
    return "".join(out)


def stub_for(exercise: Exercise) -> str:
    source = exercise.solution_path.read_text(encoding="utf-8")
    if BEGIN not in source:
        raise MarkerError(f"{exercise.solution_path}: no '{BEGIN}' region; the stub would be the solution")
    return make_stub(source, exercise.name, str(exercise.solution_path))


def sync(check_only: bool, only: list[str] | None = None) -> list[Path]:
    """Write (or, with check_only, just compare) the stubs; return the stubs that differed."""
    drifted = []
    exercises = load().select(only) if only else load().exercises
    for exercise in exercises:
        target = paths.EXERCISES / exercise.relative_path
        wanted = stub_for(exercise)
        if not target.exists() or target.read_text(encoding="utf-8") != wanted:
            drifted.append(target)
            if not check_only:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(wanted, encoding="utf-8")
    return drifted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course.stubs", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stubs that differ; exit 1 if any")
    parser.add_argument("names", nargs="*", help="exercises or chapters (default: all)")
    args = parser.parse_args(argv)
    drifted = sync(check_only=args.check, only=args.names)
    for path in drifted:
        verb = "differs from its solution" if args.check else "written"
        print(f"{path.relative_to(paths.ROOT)}: {verb}")
    if args.check and drifted:
        print("Run `python -m course.stubs` to regenerate the stubs.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

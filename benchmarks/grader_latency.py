"""How long a learner waits for the grader, against running the same suites with plain pytest.

Cold `llm-course grade <one exercise>` (a new process each time: imports, the sandboxed worker, the
suite) and `llm-course grade --all`, both on the reference solutions, against `pytest` running the same
hidden suites in one process with no isolation (grader/suites/conftest.py). The difference is the cost
of the isolation: a worker process per exercise, restarted after a fault, and a round trip per call.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from benchmarks.timing import measure
from course import paths
from course.syllabus import load

ONE_EXERCISE = "softmax"


def _run(command: list[str]) -> None:
    subprocess.run(command, cwd=paths.ROOT, check=True, capture_output=True)


def run(runs: int = 5) -> dict:
    llm_course = shutil.which("llm-course")
    if llm_course is None:
        raise SystemExit("llm-course is not installed: run `pip install -e .` first")
    exercise = load().exercise(ONE_EXERCISE)
    grade = [llm_course, "grade", "--path", str(paths.SOLUTIONS), "--format", "json", "--output", "/dev/null"]
    pytest = [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider",
              "--learner-path", str(paths.SOLUTIONS)]
    suite = str(paths.SUITES / exercise.chapter / f"test_{exercise.name}.py")
    return {
        "exercises": len(load().exercises),
        "one_grade": measure(lambda: _run(grade[:2] + [ONE_EXERCISE] + grade[2:]), runs=runs).median,
        "one_pytest": measure(lambda: _run(pytest + [suite]), runs=runs).median,
        "all_grade": measure(lambda: _run(grade + ["--all"]), runs=max(1, runs // 2), warmup=0).median,
        "all_pytest": measure(lambda: _run(pytest + [str(paths.SUITES)]), runs=max(1, runs // 2), warmup=0).median,
    }


if __name__ == "__main__":
    print(run())

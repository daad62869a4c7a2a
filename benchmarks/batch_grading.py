"""Throughput of `llm-course batch`: whole-course submissions graded per minute, two at a time.

The class is made of copies of the reference solutions (every check runs to the end, the slowest
case) and of the untouched stubs (every check stops at once), half and half.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from course import paths

STUDENTS = 4


def run(students: int = STUDENTS, jobs: int = 2) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "submissions"
        for i in range(students):
            shutil.copytree(paths.SOLUTIONS if i % 2 == 0 else paths.EXERCISES, root / f"student{i:02d}")
        started = time.perf_counter()
        subprocess.run([shutil.which("llm-course") or "llm-course", "batch", str(root), "--out",
                        str(Path(folder) / "grades.csv"), "--jobs", str(jobs)], check=True, capture_output=True)
        seconds = time.perf_counter() - started
    return {"students": students, "jobs": jobs, "seconds": seconds, "per_minute": students / seconds * 60}


if __name__ == "__main__":
    print(run())

"""Wall time of `mkdocs build --strict`, the command that builds the course site."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from benchmarks.timing import measure
from course import paths


def run(runs: int = 3) -> dict:
    def build() -> None:
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", out],
                           cwd=paths.ROOT, check=True, capture_output=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})

    return {"seconds": measure(build, runs=runs, warmup=0).median}


if __name__ == "__main__":
    print(run())

"""Fixtures shared by the site and browser tests (both in the xdist group "site", so one build)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from course import paths


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The course site, built once with `mkdocs build --strict`."""
    out = tmp_path_factory.mktemp("site")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
                         cwd=paths.ROOT, capture_output=True, text=True, timeout=600,
                         env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert run.returncode == 0, run.stderr[-4000:]
    return out

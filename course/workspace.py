"""Where the learner's exercises live: the course's own `exercises/`, or a personal workspace.

`llm-course init DIR` makes a workspace, so that a learner's work is not committed into the course
repository:

    DIR/exercises/                fresh stubs, laid out like the course's exercises/
    DIR/.llm-course/workspace.json   {"version": 1, "course": "<the course repository it came from>"}
    DIR/.llm-course/progress.json    the progress file (see `course.progress`), once there is progress

Every command run inside DIR (or a folder below it) uses DIR/exercises and its progress, and so does
any command run with LLM_COURSE_WORKSPACE=DIR. Elsewhere the course's own exercises/ is used.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from course import paths
from course.stubs import stub_for
from course.syllabus import load

MARKER = Path(".llm-course") / "workspace.json"
ENVIRONMENT = "LLM_COURSE_WORKSPACE"


class WorkspaceError(Exception):
    """A workspace cannot be used or made; the message says what to do."""


def exercises_tree(start: Path | None = None) -> Path:
    """The exercises tree the commands work on: LLM_COURSE_WORKSPACE's, the enclosing workspace's, or
    the course's own."""
    named = os.environ.get(ENVIRONMENT)
    if named:
        root = Path(named).expanduser()
        if not (root / MARKER).is_file():
            raise WorkspaceError(f"{ENVIRONMENT}={named} is not a workspace (no {MARKER} in it). "
                                 f"Make one with `llm-course init {named}`, or unset {ENVIRONMENT}.")
        return (root / "exercises").resolve()
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / MARKER).is_file():
            return candidate / "exercises"
    return paths.EXERCISES


def in_workspace(tree: Path) -> bool:
    return (tree.parent / MARKER).is_file()


def create(root: Path) -> list[Path]:
    """Make a workspace at `root` (new or empty folder) with a fresh stub of every exercise."""
    root = root.expanduser().resolve()
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise WorkspaceError(f"{root} already exists and is not an empty folder; choose a new folder.")
    if root == paths.ROOT or paths.ROOT in root.parents:
        raise WorkspaceError(f"{root} is inside the course repository; a workspace belongs outside it, "
                             "for example `llm-course init ~/llm-course-work`.")
    stubs = {root / "exercises" / e.relative_path: stub_for(e) for e in load().exercises}  # all, or nothing
    for target, stub in stubs.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(stub, encoding="utf-8")
    (root / MARKER).parent.mkdir(parents=True, exist_ok=True)
    (root / MARKER).write_text(json.dumps({"version": 1, "course": str(paths.ROOT)}, indent=2) + "\n",
                               encoding="utf-8")
    return list(stubs)

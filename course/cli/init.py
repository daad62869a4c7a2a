"""`llm-course init DIR`: a personal workspace outside the course repository (see `course.workspace`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from course import workspace
from course.cli.errors import UsageError

EXAMPLES = """examples:
  llm-course init ~/llm-course-work
  cd ~/llm-course-work && llm-course grade bpe
"""


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("init", help="make a personal workspace (your exercises and progress)",
                                 epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", type=Path, help="a new or empty folder outside the course repository")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    try:
        written = workspace.create(args.directory)
    except workspace.WorkspaceError as error:
        raise UsageError(str(error)) from None
    root = args.directory.expanduser().resolve()
    console.print(f"Made a workspace in {root} with {len(written)} exercise stubs.\n"
                  f"Work there: `cd {root}`, edit exercises/<chapter>/<name>.py, and run `llm-course grade <name>`.\n"
                  "Every llm-course command run inside that folder uses its exercises and its progress; "
                  "you can keep the folder in a git repository of your own.")
    return 0

"""`llm-course serve`: the course site on http://127.0.0.1:8000, rebuilt as pages change."""

from __future__ import annotations

import argparse
import subprocess
import sys

from rich.console import Console

from course import paths


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("serve", help="start the course site on http://127.0.0.1:8000",
                                 epilog="example:\n  llm-course serve --port 8001",
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default: %(default)s)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    console.print(f"The course is at [bold]http://127.0.0.1:{args.port}/[/] (Ctrl-C stops it).")
    console.print("In another terminal, `llm-course` shows your exercises and what to do next.")
    command = [sys.executable, "-m", "mkdocs", "serve", "--config-file", str(paths.ROOT / "mkdocs.yml"),
               "--dev-addr", f"127.0.0.1:{args.port}"]
    return subprocess.call(command, cwd=paths.ROOT)

"""The `llm-course` command: parse the arguments, dispatch to one module per command, and turn known
errors into one sentence (a traceback only with --verbose)."""

from __future__ import annotations

import argparse
import sys

from rich.console import Console

from course.cli import batch, capstone, doctor, grade, hint, init, quiz, reset, serve, solution, status, watch
from course.cli.errors import UsageError
from course.syllabus import SyllabusError, UnknownName
from course.workspace import WorkspaceError

DESCRIPTION = """How large language models work: read a chapter, answer its quiz, write its exercises,
and let the grader check them. Run without a command to see where you are."""


EXAMPLES = """examples:
  llm-course                   where you are, and what to do next
  llm-course watch             re-grade the current exercise at every save
  llm-course grade bpe         grade one exercise
  llm-course hint bpe          one more hint
  llm-course grade bpe --help  every command has --help with examples
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="llm-course", description=DESCRIPTION, epilog=EXAMPLES,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="show full tracebacks and grader details")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in (grade, watch, hint, solution, reset, quiz, serve, capstone, init, doctor, batch):
        command.add_parser(commands)
    parser.set_defaults(run=status.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Piped output (CI logs, files) gets long lines rather than wrapping at 80 columns.
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 120)
    try:
        return args.run(args, console)
    except (UsageError, UnknownName, SyllabusError, WorkspaceError) as error:
        if args.verbose:
            raise
        Console(stderr=True, highlight=False).print(f"[red]error:[/] {error}")
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug in the course itself: one sentence, details on request
        if args.verbose:
            raise
        Console(stderr=True, highlight=False).print(
            f"[red]error:[/] llm-course itself failed ({type(error).__name__}: {error}). "
            "Run the same command with --verbose for details, and please report it.")
        return 3


if __name__ == "__main__":
    sys.exit(main())

"""`llm-course capstone`: train a tiny GPT built from your own parts on the course's text, then sample."""

from __future__ import annotations

import argparse
from dataclasses import replace

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from course.capstone import run as capstone
from course.cli.errors import UsageError


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "capstone", help="train a tiny GPT made of your own parts, then sample from it",
        epilog="examples:\n  llm-course capstone\n  llm-course capstone --steps 300",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=capstone.Settings.steps,
                        help="training steps (default: %(default)s, a few minutes on 2 cores)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default: %(default)s)")
    parser.add_argument("--reference", action="store_true", help="use the reference for every part")
    parser.add_argument("--record", action="store_true",
                        help="save the run as the course's reference run (with --reference)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    if args.steps < 1:
        raise UsageError("--steps must be at least 1")
    if args.record and not args.reference:
        raise UsageError("--record saves the course's reference run: use it with --reference")
    settings = replace(capstone.Settings(), steps=args.steps, seed=args.seed)
    console.print("[bold]Capstone: a tiny GPT made of your parts[/]")
    columns = (TextColumn("training"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("training", total=settings.steps)
        result = capstone.run(settings, force_reference=args.reference, say=lambda line: console.print(escape(line)),
                              on_step=lambda step: bar.update(task, completed=step))
    final = result["history"][-1][2]
    baseline = result["bigram_validation_loss"]
    verdict = "beats" if final < baseline else "does not yet beat"
    console.print(f"\nValidation loss {final:.3f} {verdict} the bigram baseline {baseline:.3f}.")
    for number, sample in enumerate(result["samples"], start=1):
        console.print(f"\n[bold]Sample {number}[/] (temperature {settings.temperature}, top-k {settings.top_k}):")
        console.print(escape(sample))
    if args.record:
        capstone.record(result)
        console.print(f"\nRecorded in {capstone.REFERENCE_RUN}.")
    return 0

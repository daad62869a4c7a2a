"""`python -m benchmarks [grader] [training] [site]`: run the benchmarks, print a table, and write the
results into docs/contributing/benchmarks.md (between its result markers) with a figure.

Run it on a quiet machine: the numbers are medians of several runs, but a busy machine slows
everything down. It takes a few minutes; the grader benchmark dominates.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from benchmarks import batch_grading, grader_latency, site_build, training_step
from benchmarks.timing import machine
from course import paths

PAGE = paths.DOCS / "contributing" / "benchmarks.md"
FIGURE = paths.DOCS / "contributing" / "figures" / "benchmarks.svg"
RESULTS = Path(__file__).parent / "results.json"
BENCHMARKS = {"grader": grader_latency.run, "batch": batch_grading.run, "training": training_step.run,
              "site": site_build.run}
GOALS = {"one_grade": 1.5, "all_grade": 30.0, "numpy_over_torch": 0.5, "site": 30.0}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=f"some of {', '.join(BENCHMARKS)} (default: all)")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(BENCHMARKS))
    if unknown:
        parser.error(f"no benchmark called {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    for name in args.names or BENCHMARKS:
        print(f"running {name}...", flush=True)
        results[name] = BENCHMARKS[name]()
    results["machine"] = machine()
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    table = markdown_table(results)
    print(table)
    write_page(table)
    draw(results)
    return 0


def markdown_table(results: dict) -> str:
    rows = ["| what | measured | compared with | ratio | goal |", "|---|---|---|---|---|"]
    grader = results.get("grader")
    if grader:
        rows.append(f"| `llm-course grade {grader_latency.ONE_EXERCISE}` (cold) | {grader['one_grade']:.2f} s | "
                    f"plain pytest {grader['one_pytest']:.2f} s | {grader['one_grade'] / grader['one_pytest']:.1f}x | "
                    f"≤ {GOALS['one_grade']} s {_verdict(grader['one_grade'] <= GOALS['one_grade'])} |")
        rows.append(f"| `llm-course grade --all` ({grader['exercises']} exercises) | {grader['all_grade']:.1f} s | "
                    f"plain pytest {grader['all_pytest']:.1f} s | {grader['all_grade'] / grader['all_pytest']:.1f}x | "
                    f"≤ {GOALS['all_grade']:.0f} s {_verdict(grader['all_grade'] <= GOALS['all_grade'])} |")
    batch = results.get("batch")
    if batch:
        rows.append(f"| `llm-course batch`, whole course ({batch['students']} submissions, half references, "
                    f"half stubs, {batch['jobs']} at a time) | {batch['per_minute']:.1f} submissions/min | | | - |")
    training = results.get("training")
    if training:
        numpy_row = training["numpy"]
        torch_row = training.get("torch")
        compared = (f"PyTorch {torch_row['version']}: {torch_row['tokens_per_second']:,.0f} tokens/s" if torch_row
                    else "PyTorch not installed")
        ratio = f"{training['numpy_over_torch']:.2f}x" if torch_row else "-"
        goal = (f"≥ {GOALS['numpy_over_torch']}x {_verdict(training['numpy_over_torch'] >= GOALS['numpy_over_torch'])}"
                if torch_row else "-")
        rows.append(f"| training step, numpy ({training['config']}) | {numpy_row['tokens_per_second']:,.0f} tokens/s "
                    f"| {compared} | {ratio} | {goal} |")
        rows.append(f"| training step, achieved FLOP/s | {numpy_row['gflops']:.1f} GFLOP/s | numpy matmul "
                    f"{training['matmul_gflops']:.1f} GFLOP/s | {numpy_row['gflops'] / training['matmul_gflops']:.2f}x | - |")
        if torch_row:
            rows.append(f"| gradients, numpy against PyTorch | max abs difference "
                        f"{training['max_abs_gradient_difference']:.1e} | | | same model |")
    site = results.get("site")
    if site:
        rows.append(f"| `mkdocs build --strict` | {site['seconds']:.1f} s | | | ≤ {GOALS['site']:.0f} s "
                    f"{_verdict(site['seconds'] <= GOALS['site'])} |")
    info = results.get("machine", {})
    rows.append("")
    rows.append(f"Measured on {info.get('cpus', '?')} CPUs ({info.get('processor', '?')}, {info.get('system', '?')}), "
                f"Python {info.get('python', '?')}, numpy {info.get('numpy', '?')}; medians of several runs.")
    return "\n".join(rows)


def _verdict(met: bool) -> str:
    return "(met)" if met else "(**missed**)"


def write_page(table: str) -> None:
    page = PAGE.read_text(encoding="utf-8")
    begin, end = "<!-- results: written by python -m benchmarks -->", "<!-- end of results -->"
    new = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: f"{begin}\n{table}\n{end}", page, flags=re.S)
    PAGE.write_text(new, encoding="utf-8")


def draw(results: dict) -> None:
    """Each measurement as a fraction of its goal (1 = exactly the goal; left of the line is better)."""
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "llm-course"
    bars = []
    if "grader" in results:
        bars += [("grade one exercise", results["grader"]["one_grade"] / GOALS["one_grade"]),
                 ("grade all exercises", results["grader"]["all_grade"] / GOALS["all_grade"])]
    if results.get("training", {}).get("torch"):
        bars.append(("training step (PyTorch-relative)", GOALS["numpy_over_torch"] / results["training"]["numpy_over_torch"]))
    if "site" in results:
        bars.append(("site build", results["site"]["seconds"] / GOALS["site"]))
    figure, axes = plt.subplots(figsize=(7, 0.6 * len(bars) + 1))
    labels, values = zip(*bars)
    axes.barh(labels, values, color=["#2e7d32" if v <= 1 else "#c62828" for v in values])
    axes.axvline(1.0, color="black", linewidth=1)
    axes.set_xlabel("measured / goal (left of the line: goal met)")
    axes.invert_yaxis()
    figure.tight_layout()
    FIGURE.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(FIGURE, metadata={"Date": None})
    plt.close(figure)


if __name__ == "__main__":
    raise SystemExit(main())

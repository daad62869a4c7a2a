"""`python -m course.figures [names]`: redraw the course's figures into docs/<chapter>/figures/."""

from __future__ import annotations

import os

# One BLAS thread, set before numpy is imported: the training figure's small matrix products run
# faster that way (threads only contend), and the sums never depend on the machine's core count.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from course import paths  # noqa: E402
from course.figures import FIGURES, render  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m course.figures", description=__doc__)
    parser.add_argument("names", nargs="*", help=f"figures to draw (default: all): {', '.join(FIGURES)}")
    parser.add_argument("--docs", type=Path, default=paths.DOCS,
                        help="write into this folder instead of docs/ (the tests compare the two)")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in FIGURES]
    if unknown:
        print(f"error: there is no figure called {', '.join(unknown)}. Run `python -m course.figures --help` "
              "to see them all.", file=sys.stderr)
        return 2
    for name in args.names or FIGURES:
        target = render(name, args.docs)
        print(f"{target.relative_to(paths.ROOT) if target.is_relative_to(paths.ROOT) else target}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

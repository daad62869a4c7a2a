"""One look for every figure, and SVG output that is identical byte for byte on every run.

What makes the bytes repeatable (with the matplotlib version pinned in pyproject.toml):
- the settings start from matplotlib's own defaults (`rcdefaults`), so a contributor's matplotlibrc
  changes nothing, then RC below is applied;
- `svg.hashsalt` is fixed, so the ids of clip paths and glyphs are the same on every run;
- `savefig` gets metadata {"Date": None, "Creator": None}: no timestamp, no version string;
- text is written as paths (`svg.fonttype: path`) from matplotlib's bundled DejaVu Sans, so the
  figure needs no font in the browser and does not depend on the fonts installed on the machine;
- every figure has a fixed size (WIDTH x its own height, in inches) and a constrained layout,
  never `bbox_inches="tight"`, which would size the file from its contents;
- heatmaps are drawn as vector cells (`pcolormesh`), not images, so no PNG encoder is involved.

The background is white: on the site's dark theme the figure reads as a white card.
Colours are the Okabe-Ito palette, which stays distinguishable with every common colour-vision
deficiency; continuous values use viridis.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import matplotlib
from cycler import cycler
from matplotlib.figure import Figure

WIDTH = 7.2  # inches: 691 px at 96 px per inch, the width of a chapter's text column

# Okabe & Ito (2008), "Color Universal Design": safe for protanopia, deuteranopia and tritanopia.
BLUE, ORANGE, GREEN, VERMILION = "#0072B2", "#E69F00", "#009E73", "#D55E00"
SKY, PURPLE, YELLOW, BLACK = "#56B4E9", "#CC79A7", "#F0E442", "#000000"
GREY, LIGHT_GREY = "#767676", "#E6E6E6"
PALETTE = [BLUE, ORANGE, GREEN, VERMILION, SKY, PURPLE]

RC = {
    "svg.fonttype": "path",
    "svg.hashsalt": "llm-course figures",
    "font.family": "DejaVu Sans",
    "mathtext.fontset": "dejavusans",
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.prop_cycle": cycler(color=PALETTE),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "figure.dpi": 100,
    "savefig.dpi": 100,
}


def figure(height: float) -> Figure:
    """A new figure WIDTH inches wide and `height` inches high, with a constrained layout."""
    return Figure(figsize=(WIDTH, height), layout="constrained")


def write_svg(draw: Callable[[], Figure], target: Path) -> None:
    """Call `draw()` under the course's settings and save its figure to `target` as SVG."""
    with matplotlib.rc_context():
        matplotlib.rcdefaults()
        matplotlib.rcParams.update(RC)
        fig = draw()
        fig.savefig(target, format="svg", metadata={"Date": None, "Creator": None})

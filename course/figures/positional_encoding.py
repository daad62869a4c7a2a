"""Sinusoidal positional encoding: each pair of dimensions turns at its own speed."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from course.figures import style

D_MODEL = 64
PAIRS = (0, 4, 8, 16)  # pair indices i shown, from the fastest to a slow one
POSITIONS = 48


def sinusoidal_pe(T: int, d: int) -> np.ndarray:
    """The 2017 encoding, as in the chapter: PE[pos, 2i] = sin(pos / 10000^(2i/d)), PE[pos, 2i+1] = cos(...)."""
    pos = np.arange(T)[:, None]          # (T, 1)
    i = np.arange(d // 2)[None, :]       # (1, d/2) pair index
    angle = pos / 10000 ** (2 * i / d)   # (T, d/2)
    pe = np.zeros((T, d))
    pe[:, 0::2] = np.sin(angle)
    pe[:, 1::2] = np.cos(angle)
    return pe


def draw() -> Figure:
    """One row per shown dimension 2i of PE, against the position: dots at the real positions.

    Every value is computed by `sinusoidal_pe` (the chapter's code) for d_model = 64; the thin line
    joins the same formula at fractional positions, only to guide the eye. Dimension 0 repeats
    every 2*pi = 6.3 positions; dimension 32 (i = 16) every 628, so over 48 positions it barely
    moves. Read down a column: the values together are a fingerprint of that position.
    """
    pe = sinusoidal_pe(POSITIONS, D_MODEL)
    fine = np.linspace(0, POSITIONS - 1, 600)
    fig = style.figure(4.2)
    axes = fig.subplots(len(PAIRS), 1, sharex=True)
    for ax, i, colour in zip(axes, PAIRS, style.PALETTE):
        wavelength = 10000 ** (2 * i / D_MODEL)
        ax.plot(fine, np.sin(fine / wavelength), color=colour, linewidth=0.8, alpha=0.5)
        ax.plot(np.arange(POSITIONS), pe[:, 2 * i], "o", color=colour, markersize=3)
        ax.set_ylim(-1.25, 1.25)
        ax.set_yticks([-1, 0, 1])
        ax.set_ylabel(f"dim {2 * i}", rotation=0, ha="right", va="center")
        period = 2 * np.pi * wavelength
        ax.text(POSITIONS - 0.5, 1.2, f"sin(pos / {wavelength:.3g}): repeats every {period:.3g} positions",
                ha="right", va="bottom", fontsize=8.5, color="#444444")
    axes[-1].set_xlabel("position in the sequence")
    axes[-1].set_xlim(-0.5, POSITIONS - 0.5)
    fig.suptitle(f"Sinusoidal positional encoding (d_model = {D_MODEL}): four of its {D_MODEL} dimensions",
                 fontweight="bold")
    return fig

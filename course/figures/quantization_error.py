"""Symmetric absmax int8 quantization: the rounding error, and what one outlier does to it."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from course.figures import style

EXAMPLE = np.array([0.731, -2.54, 1.309, 0.013, 0.0, -0.419])  # the chapter's worked example
BLOCK = 64  # weights per scale, as in block-wise schemes (32-128 in practice)


def quantize(w: np.ndarray, scale: float | np.ndarray) -> np.ndarray:
    """Round w to the int8 grid and back, as in the chapter: clip(round(w / s), -127, 127) * s."""
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return q.astype(np.float64) * scale


def absmax_scale(w: np.ndarray) -> float:
    """One scale for all of w: the largest |w| maps to 127."""
    return float(np.abs(w).max() / 127)


def blockwise(w: np.ndarray) -> np.ndarray:
    """Quantize each block of BLOCK consecutive weights with its own absmax scale."""
    blocks = w.reshape(-1, BLOCK)  # (n_blocks, BLOCK)
    scales = np.abs(blocks).max(axis=1, keepdims=True) / 127
    return quantize(blocks, scales).reshape(w.shape)


def draw() -> Figure:
    """Left: the error w - w_hat against w for the chapter's scale. Right: mean error with an outlier.

    Left: the chapter's worked example has max |w| = 2.54, so s = 2.54 / 127 = 0.02 (`absmax_scale`).
    Quantizing a fine grid of w with `quantize` gives a sawtooth that never leaves +-s/2 and is 0 on
    the grid points; the example's weights 0.013 and 0 are marked. Right: 4,096 weights drawn from
    N(0, 0.02^2) with numpy's seeded generator (seed 0), quantized with one scale for the whole
    tensor and with one scale per block of 64 (`blockwise`), before and after setting one weight to
    1.0. The outlier stretches the single scale about 13-fold and the mean error with it; with
    block scales only its own block pays.
    """
    fig = style.figure(3.5)
    saw, outlier = fig.subplots(1, 2, width_ratios=(1.15, 1))
    draw_sawtooth(saw)
    draw_outlier(outlier)
    fig.suptitle("Absmax int8 quantization: rounding error and outliers", fontweight="bold")
    return fig


def draw_sawtooth(saw) -> None:
    """The rounding error over w in [-0.1, 0.1] at the worked example's scale, and its bound s/2."""
    s = absmax_scale(EXAMPLE)
    w = np.linspace(-0.1, 0.1, 2001)
    error = w - quantize(w, s)
    error[1:][np.abs(np.diff(error)) > s / 2] = np.nan  # no vertical line where the rounding jumps
    saw.plot(w, error, color=style.BLUE, linewidth=1.2)
    for bound in (s / 2, -s / 2):
        saw.axhline(bound, color=style.GREY, linestyle="--", linewidth=1)
    saw.text(0.1, s / 2 + 0.0008, "error bound ±s/2", ha="right", fontsize=8.5, color="#444444")
    shown = EXAMPLE[np.abs(EXAMPLE) <= 0.1]
    saw.plot(shown, shown - quantize(shown, s), "o", color=style.VERMILION,
             label="weights of the worked example")
    saw.set_xlim(-0.1, 0.1)
    saw.set_ylim(-s * 0.75, s * 0.85)
    saw.set_xlabel("weight w")
    saw.set_ylabel(r"rounding error $w - \hat w$")
    saw.set_title(f"Scale s = max|w| / 127 = {s:.2f}", fontsize=10)
    saw.legend(loc="lower left", fontsize=8.5)


def draw_outlier(outlier) -> None:
    """Mean absolute error of per-tensor and per-block scales, without and with one outlier."""
    rng = np.random.default_rng(0)
    weights = rng.normal(0.0, 0.02, size=4096)
    spiked = weights.copy()
    spiked[1000] = 1.0
    labels = ("no outlier", "one weight set to 1.0")
    x = np.arange(len(labels))
    for k, (name, method, colour) in enumerate((
            ("one scale per tensor", lambda v: quantize(v, absmax_scale(v)), style.ORANGE),
            (f"one scale per {BLOCK} weights", blockwise, style.GREEN))):
        errors = [1e3 * np.abs(v - method(v)).mean() for v in (weights, spiked)]
        bars = outlier.bar(x + (k - 0.5) * 0.36, errors, 0.36, color=colour, label=name)
        outlier.bar_label(bars, labels=[f"{e:.3f}" for e in errors], fontsize=8.5, padding=2)
    outlier.set_xticks(x, labels)
    outlier.set_ylim(0, outlier.get_ylim()[1] * 1.6)  # room for the legend above the bars
    outlier.set_ylabel(r"mean $|w - \hat w|$  ($\times 10^{-3}$)")
    outlier.set_title("4,096 weights, std 0.02", fontsize=10)
    outlier.legend(loc="upper left", fontsize=8.5, title="int8 with", title_fontsize=8.5, alignment="left")

"""Why all-or-nothing metrics look "emergent": exact match p^10 against per-token accuracy p."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from course.figures import style

ANSWER_TOKENS = 10  # the chapter's example: a 10-token answer, each token right with probability p
TABLE = (0.5, 0.7, 0.8, 0.9, 0.95, 0.99)  # the per-token accuracies in the chapter's table


def draw() -> Figure:
    """Two metrics of the same models: per-token accuracy p (a straight line) and exact match p^10.

    Computed from the formula in the chapter (Schaeffer et al., 2023): if each of the answer's 10
    tokens is right with probability p, independently, the whole answer is right with probability
    p^10. The dots are the chapter's table (0.5 -> 0.001, ..., 0.99 -> 0.904). A steady rise in p
    reads as "nothing, nothing, then suddenly something" in exact match.
    """
    fig = style.figure(3.4)
    ax = fig.add_subplot()
    p = np.linspace(0, 1, 401)
    ax.plot(p, p, color=style.BLUE, label="per-token accuracy p (a continuous metric)")
    ax.plot(p, p ** ANSWER_TOKENS, color=style.VERMILION,
            label=f"exact match of a {ANSWER_TOKENS}-token answer, p$^{{{ANSWER_TOKENS}}}$")
    marks = np.array(TABLE)
    ax.plot(marks, marks ** ANSWER_TOKENS, "o", color=style.VERMILION, markersize=5)
    for x in marks:
        low = x ** ANSWER_TOKENS < 0.05  # on the flat part: label above the curve, not on it
        ax.annotate(f"{x ** ANSWER_TOKENS:.3f}", (x, x ** ANSWER_TOKENS), (-3, 7) if low else (-7, 0),
                    textcoords="offset points", ha="right", va="bottom" if low else "center", fontsize=8,
                    color="#444444")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("per-token accuracy p (improves smoothly as models grow)")
    ax.set_ylabel("score on the benchmark")
    ax.set_title("The same steady improvement, measured two ways")
    ax.legend(loc="upper left")
    return fig

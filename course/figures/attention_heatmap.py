"""The chapter's three-token attention example as heatmaps: without the causal mask, and with it."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure

from course.figures import style
from course.syllabus import load
from grader.suite import load_reference

# The worked example of "Scaled dot-product attention": one row per token, d_k = 2.
Q = np.array([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]])
K = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 2.0]])


def draw() -> Figure:
    """Two heatmaps of attention weights: row i (a query) over columns j (the keys it looks at).

    The weights come from the course's reference `attention_weights(q, k, causal)`
    (solutions/attention/causal_attention.py) on the chapter's Q and K, once with causal=False and
    once with causal=True. Every row sums to 1. Without the mask, token 2 puts most of its weight
    on token 3, its future; with the mask, the cells above the diagonal (j > i) are exactly 0 and
    that weight goes back to tokens 1 and 2.
    """
    reference = load_reference(load().exercise("causal_attention"))
    fig = style.figure(3.5)
    axes = fig.subplots(1, 2)
    labels = [f"token {i + 1}" for i in range(len(Q))]
    for ax, causal in zip(axes, (False, True)):
        weights = reference.attention_weights(Q, K, causal=causal)
        future = np.triu(np.ones_like(weights, dtype=bool), k=1) & causal
        mesh = ax.pcolormesh(np.ma.masked_where(future, weights), cmap="Blues", vmin=0, vmax=1,
                             edgecolors="white", linewidth=2)
        ax.pcolormesh(np.ma.masked_where(~future, weights), cmap=ListedColormap([style.LIGHT_GREY]),
                      edgecolors="white", linewidth=2)
        for (i, j), w in np.ndenumerate(weights):
            hidden = future[i, j]
            text = "masked\n0" if hidden else f"{w:.3f}"
            ax.text(j + 0.5, i + 0.5, text, ha="center", va="center", fontsize=10 if not hidden else 8.5,
                    color="white" if w > 0.55 else ("#555555" if hidden else "black"))
        ax.set_xticks(np.arange(len(Q)) + 0.5, labels)
        ax.set_yticks(np.arange(len(Q)) + 0.5, labels)
        ax.invert_yaxis()  # query 1 on top, as in the matrix W
        ax.xaxis.tick_top()
        ax.xaxis.set_label_position("top")
        ax.set_xlabel("key j (the token looked at)")
        ax.set_ylabel("query i (the token looking)")
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_title("with the causal mask" if causal else "without a mask", y=-0.14)
        ax.set_aspect("equal")
    fig.colorbar(mesh, ax=axes, shrink=0.8, label="attention weight (each row sums to 1)")
    fig.suptitle(r"Attention weights softmax$(QK^\top/\sqrt{d_k})$ of the chapter's three-token example",
                 fontweight="bold")
    return fig

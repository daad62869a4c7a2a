"""Temperature reshapes one next-token distribution: the same five logits at T = 0.5, 1 and 2."""

from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from course.figures import style
from course.syllabus import load
from grader.suite import load_reference

# The running example of the sampling chapter: "The cat sat on the" and five candidate tokens.
TOKENS = ['" mat"', '" floor"', '" sofa"', '" roof"', '" moon"']
LOGITS = np.array([3.0, 2.0, 1.5, 0.5, -1.0])
TEMPERATURES = (0.5, 1.0, 2.0)


def draw() -> Figure:
    """Bars of softmax(logits / T) for each token, one colour per temperature.

    The probabilities come from the course's reference `softmax(logits, temperature)`
    (solutions/sampling/softmax.py) applied to the chapter's logits [3, 2, 1.5, 0.5, -1]; the legend
    gives each distribution's entropy, -sum p ln p in nats, computed from the same probabilities.
    The picture matches the chapter's table: T < 1 piles mass on " mat", T > 1 spreads it out.
    """
    softmax = load_reference(load().exercise("softmax")).softmax
    fig = style.figure(3.6)
    ax = fig.add_subplot()
    x = np.arange(len(TOKENS))
    width = 0.26
    for i, (t, colour) in enumerate(zip(TEMPERATURES, (style.BLUE, style.ORANGE, style.GREEN))):
        p = softmax(LOGITS, temperature=t)
        entropy = float(-(p * np.log(p)).sum())
        bars = ax.bar(x + (i - 1) * width, p, width, color=colour,
                      label=f"T = {t:g}   (entropy {entropy:.2f} nats)")
        ax.bar_label(bars, labels=[f"{v:.2f}" if v >= 0.005 else "<0.01" for v in p], fontsize=7.5,
                     padding=1.5)
    ax.set_xticks(x, TOKENS)
    ax.set_xlabel('next token after "The cat sat on the"')
    ax.set_ylabel("probability")
    ax.set_ylim(0, 1)
    logits = ", ".join(f"{z:g}" for z in LOGITS).replace("-", "−")
    ax.set_title(f"The same logits [{logits}] at three temperatures")
    ax.legend(loc="upper right")
    return fig

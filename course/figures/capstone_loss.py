"""The capstone's reference run: training and validation loss of the tiny GPT against the bigram baseline."""

from __future__ import annotations

import json

from matplotlib.figure import Figure

from course.capstone.run import REFERENCE_RUN
from course.figures import style


def draw() -> Figure:
    """The losses recorded by `llm-course capstone --reference --record` (course/capstone/data/reference_run.json).

    The figure reads the recorded numbers instead of training again, so drawing it takes no time
    and does not depend on the machine's floating-point library. The dashed line is the validation
    loss of the add-one bigram model counted on the same training tokens.
    """
    run = json.loads(REFERENCE_RUN.read_text(encoding="utf-8"))
    steps, train, val = zip(*run["history"])
    fig = style.figure(3.4)
    ax = fig.subplots()
    ax.plot(steps, train, color=style.BLUE, marker="o", markersize=3, label="training batch")
    ax.plot(steps, val, color=style.ORANGE, marker="o", markersize=3, label="validation (held-out text)")
    ax.axhline(run["bigram_validation_loss"], color=style.GREY, linestyle="--", linewidth=1)
    ax.text(steps[-1], run["bigram_validation_loss"] + 0.05, f"bigram baseline {run['bigram_validation_loss']:.2f}",
            ha="right", va="bottom", fontsize=8.5, color="#444444")
    s = run["settings"]
    ax.set_xlabel(f"training step (batches of {s['batch_size']} x {s['block_size']} tokens, AdamW)")
    ax.set_ylabel("loss (nats per token)")
    ax.set_title(f"A {s['n_layers']}-layer, {s['d_model']}-wide GPT on the course's own text "
                 f"({run['vocab_size']}-token BPE vocabulary)", fontweight="bold")
    ax.legend(frameon=False)
    return fig

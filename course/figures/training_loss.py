"""Loss curves of the chapter's tiny MLP language model, trained with the course's own training step."""

from __future__ import annotations

import codecs
import contextlib
import io

import numpy as np
from matplotlib.figure import Figure

from course.figures import style
from course.syllabus import load
from grader.suite import load_reference

TOY_TEXT = "to be or not to be"  # the chapter's example


def zen_of_python() -> str:
    """The Zen of Python (PEP 20), as stored in the standard library's `this` module.

    It ships with every Python and has not changed in twenty years, so the figure never depends on
    a file someone might edit. `import this` prints it; the print is swallowed here.
    """
    with contextlib.redirect_stdout(io.StringIO()):
        import this
    return codecs.decode(this.s, "rot13")


def windows(text: str, n_ctx: int) -> tuple[np.ndarray, np.ndarray, int]:
    """Character-level examples: every n_ctx characters and the one after them; and V."""
    chars = sorted(set(text))
    ids = np.array([chars.index(c) for c in text])
    contexts = np.stack([ids[i:i + n_ctx] for i in range(len(ids) - n_ctx)])  # (N, n_ctx)
    return contexts, ids[n_ctx:], len(chars)                                  # (N,), V


def init(rng: np.random.Generator, V: int, n_ctx: int, d: int, h: int, hidden_std: float) -> dict:
    """Random starting weights, drawn in the chapter's order: embedding, hidden, output."""
    return {"embedding": rng.normal(0, 1.0, (V, d)), "w_hidden": rng.normal(0, hidden_std, (n_ctx * d, h)),
            "b_hidden": np.zeros(h), "w_out": rng.normal(0, 0.1, (h, V)), "b_out": np.zeros(V)}


def draw() -> Figure:
    """Left: the chapter's run on "to be or not to be". Right: training and held-out loss on real text.

    Both models are trained with the course's reference `train_step` (solutions/training/
    train_step.py): full-batch SGD, character vocabulary, numpy's generator seeded with 0.
    Left: exactly the chapter's code (n_ctx 3, d 4, h 16, learning rate 0.5, 300 steps), so the
    curve passes through the losses it prints (1.9589 at step 0, 0.0052 at step 300). Right: the
    Zen of Python, first 85% of its 853 examples for training and the last 15% held out (n_ctx 3,
    d 8, h 64, learning rate 1, 1,000 steps); the held-out loss is the reference `cross_entropy`
    every 10 steps. The dashed lines are the uniform baseline ln V. Losses are rounded to 6
    decimals before plotting, so float noise from another BLAS is very unlikely to move a point.
    """
    reference = load_reference(load().exercise("train_step"))
    fig = style.figure(3.6)
    toy, zen = fig.subplots(1, 2)
    draw_toy(toy, reference)
    draw_zen(zen, reference)
    for ax in (toy, zen):
        ax.set_xlabel("training step (full-batch SGD)")
        ax.set_ylabel("loss (nats per character)")
    fig.suptitle("Loss curves of the chapter's MLP language model", fontweight="bold")
    return fig


def baseline(ax, V: int, x: float, digits: int, **text) -> None:
    """The dashed line of a uniform guess over V tokens, ln V, with its label at x."""
    ax.axhline(np.log(V), color=style.GREY, linestyle="--", linewidth=1)
    ax.text(x, np.log(V) + 0.04 * np.log(V), f"uniform guess: ln {V} = {np.log(V):.{digits}f}", fontsize=8.5,
            color="#444444", **text)


def draw_toy(ax, reference) -> None:
    """The chapter's own run: 300 steps on the 15 examples of TOY_TEXT."""
    contexts, targets, V = windows(TOY_TEXT, n_ctx=3)
    params = init(np.random.default_rng(0), V, n_ctx=3, d=4, h=16, hidden_std=0.5)
    losses = []
    for _ in range(301):  # losses[k] is the loss at step k, before its update, as the chapter prints
        params, loss = reference.train_step(params, contexts, targets, learning_rate=0.5)
        losses.append(round(loss, 6))
    ax.plot(losses, color=style.BLUE)
    baseline(ax, V, 300, digits=3, ha="right")
    ax.annotate(f"step 300: {losses[300]:.4f}", (300, losses[300]), (170, 0.55), fontsize=8.5,
                arrowprops={"arrowstyle": "->", "color": style.GREY})
    ax.set_title(f'"{TOY_TEXT}": {len(targets)} examples', fontsize=10)
    ax.set_xlim(0, 300)
    ax.set_ylim(0, np.log(V) * 1.15)


def draw_zen(ax, reference, steps: int = 1000) -> None:
    """A wider model on the Zen of Python: loss on the training 85% and on the held-out 15%."""
    contexts, targets, V = windows(zen_of_python(), n_ctx=3)
    split = int(0.85 * len(targets))
    params = init(np.random.default_rng(0), V, n_ctx=3, d=8, h=64, hidden_std=1 / np.sqrt(3 * 8))
    train, held_out, evaluated = [], [], []
    for step in range(steps + 1):
        if step % 10 == 0:
            logits = reference.forward(params, contexts[split:])
            held_out.append(round(reference.cross_entropy(logits, targets[split:]), 6))
            evaluated.append(step)
        if step < steps:
            params, loss = reference.train_step(params, contexts[:split], targets[:split], learning_rate=1.0)
            train.append(round(loss, 6))
    ax.plot(train, color=style.BLUE)
    ax.plot(evaluated, held_out, color=style.VERMILION)
    ax.text(steps - 10, train[-1] + 0.15, f"training text ({split} examples)", ha="right", fontsize=8.5,
            color=style.BLUE)
    ax.text(steps - 10, held_out[-1] - 0.75, f"held-out text\n({len(targets) - split} examples)", ha="right",
            fontsize=8.5, color=style.VERMILION)
    best = int(np.argmin(held_out))
    ax.plot([evaluated[best]], [held_out[best]], "o", color=style.VERMILION)
    ax.annotate(f"best held-out loss {held_out[best]:.2f}\nat step {evaluated[best]}",
                (evaluated[best], held_out[best]), (430, 0.9), fontsize=8.5,
                arrowprops={"arrowstyle": "->", "color": style.GREY})
    baseline(ax, V, 30, digits=2)
    ax.set_title("Zen of Python: training vs. held-out", fontsize=10)
    ax.set_xlim(0, steps)
    ax.set_ylim(0, max(held_out) * 1.12)

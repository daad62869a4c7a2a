"""Where the parameters of GPT-2 small and GPT-3 are: embeddings, attention, MLP, LayerNorms."""

from __future__ import annotations

from typing import NamedTuple

from matplotlib.figure import Figure

from course.figures import style


class Shape(NamedTuple):
    """The published shape of a GPT-2/GPT-3 style model (tied unembedding, learned positions)."""

    name: str
    n_layers: int
    d: int
    vocab: int
    n_ctx: int


GPT2_SMALL = Shape("GPT-2 small", n_layers=12, d=768, vocab=50_257, n_ctx=1_024)
GPT3 = Shape("GPT-3", n_layers=96, d=12_288, vocab=50_257, n_ctx=2_048)
GROUPS = ("token embedding", "position embedding", "attention", "MLP", "LayerNorms")


def count(shape: Shape) -> dict[str, int]:
    """Parameters per group, from the chapter's per-block formula 12d^2 + 13d and the embeddings.

    Per block: attention W_Q, W_K, W_V, W_O with biases 4d^2 + 4d; MLP up and down with biases
    8d^2 + 5d; two LayerNorms 4d. Outside the blocks: token embedding V*d (tied to the unembedding),
    position embedding n_ctx*d, final LayerNorm 2d.

    >>> sum(count(GPT2_SMALL).values()), sum(count(GPT3).values())
    (124439808, 174604259328)
    """
    L, d = shape.n_layers, shape.d
    return {
        "token embedding": shape.vocab * d,
        "position embedding": shape.n_ctx * d,
        "attention": L * (4 * d * d + 4 * d),
        "MLP": L * (8 * d * d + 5 * d),
        "LayerNorms": L * 4 * d + 2 * d,
    }


def draw() -> Figure:
    """One 100% bar per model, split into token and position embeddings, attention, MLP, LayerNorms.

    Every number is computed by `count` from the models' shapes (layers, width d, vocabulary,
    context), as in the chapter's tables: GPT-2 small totals 124,439,808 and GPT-3 174,604,259,328.
    The token embedding is 31% of GPT-2 small and 0.35% of GPT-3: as models widen, the d^2
    matrices of the blocks take over. Groups too thin to see give their shares in the legend.
    """
    fig = style.figure(3.1)
    ax = fig.add_subplot()
    colours = dict(zip(GROUPS, (style.ORANGE, style.YELLOW, style.BLUE, style.GREEN, style.PURPLE)))
    models = (GPT2_SMALL, GPT3)
    shares = [{group: 100 * n / sum(count(shape).values()) for group, n in count(shape).items()}
              for shape in models]
    for row, (shape, share) in enumerate(zip(models, shares)):
        left = 0.0
        for group in GROUPS:
            thin = any(s[group] < 3 for s in shares)
            label = f"{group} ({' / '.join(f'{s[group]:.2g}%' for s in shares)})" if thin else group
            ax.barh(row, share[group], left=left, height=0.55, color=colours[group],
                    label=label if row == 0 else None)
            if share[group] > 3:
                ax.text(left + share[group] / 2, row, f"{group}\n{share[group]:.1f}%", ha="center",
                        va="center", color="black" if group == "token embedding" else "white", fontsize=9)
            left += share[group]
        ax.text(101, row, f"{sum(count(shape).values()):,}\nparameters", va="center", fontsize=9)
    ax.set_yticks(range(len(models)), [shape.name for shape in models])
    ax.set_ylim(len(models) - 0.4, -0.6)
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of all parameters (%)")
    ax.tick_params(axis="y", length=0)
    ax.spines["left"].set_visible(False)
    ax.set_title("Parameters by part of the model (tied unembedding)")
    ax.legend(ncols=3, loc="upper center", bbox_to_anchor=(0.45, -0.3), handlelength=1, fontsize=9,
              title="in brackets: share of GPT-2 small / of GPT-3", title_fontsize=9)
    return fig

"""KV cache memory grows linearly with the sequence length: GPT-3, and Llama 2 70B with GQA."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from matplotlib.figure import Figure

from course.figures import style
from course.figures.param_breakdown import GPT3, count

BYTES = 2  # fp16 / bf16
GB = 1e9


class Cache(NamedTuple):
    """The shape that decides a model's KV cache: what is stored per token, per layer."""

    name: str
    n_layers: int
    n_kv_heads: int
    d_head: int
    window: int  # the context length the model was trained with

    @property
    def label(self) -> str:
        return f"{self.name}: {self.n_layers} layers × {self.n_kv_heads} KV heads"


GPT3_CACHE = Cache("GPT-3", GPT3.n_layers, n_kv_heads=96, d_head=GPT3.d // 96, window=GPT3.n_ctx)
LLAMA2_70B = Cache("Llama 2 70B (GQA)", n_layers=80, n_kv_heads=8, d_head=128, window=4_096)


def bytes_per_token(cache: Cache) -> int:
    """2 (a key and a value) x layers x KV heads x head size x 2 bytes: 4,718,592 for GPT-3."""
    return 2 * cache.n_layers * cache.n_kv_heads * cache.d_head * BYTES


def draw() -> Figure:
    """Cache size in GB (10^9 bytes) against the number of tokens in the sequence, two scales.

    Every value is `bytes_per_token` times the length, from the models' published shapes, as in
    the chapter: GPT-3 needs 9.66 GB at its 2,048-token window and 618 GB at 128K tokens; Llama 2
    70B, whose 64 query heads share 8 key/value heads, needs 8 times less per token. The dashed
    line is GPT-3's fp16 weights: its parameter count (course/figures/param_breakdown.py) x 2 bytes.
    """
    fig = style.figure(4.1)
    short, long = fig.subplots(1, 2)
    lengths = np.arange(0, 131_072 + 1, 1_024)
    colours = {GPT3_CACHE: style.VERMILION, LLAMA2_70B: style.BLUE}

    window = np.arange(0, GPT3_CACHE.window + 1, 64)
    short.plot(window, bytes_per_token(GPT3_CACHE) * window / GB, color=colours[GPT3_CACHE])
    full = bytes_per_token(GPT3_CACHE) * GPT3_CACHE.window / GB
    short.plot([GPT3_CACHE.window], [full], "o", color=colours[GPT3_CACHE])
    short.annotate(f"{GPT3_CACHE.window:,} tokens: {full:.2f} GB\nfor one sequence", (GPT3_CACHE.window, full),
                   (0.05, 0.8), textcoords="axes fraction", fontsize=9,
                   arrowprops={"arrowstyle": "->", "color": style.GREY})
    short.set_title(f"GPT-3 within its {GPT3_CACHE.window:,}-token window", fontsize=10)
    short.set_xlim(0, GPT3_CACHE.window * 1.05)
    short.set_ylim(0, full * 1.15)
    short.set_xticks([0, 512, 1024, 1536, 2048])

    weights = sum(count(GPT3).values()) * BYTES / GB
    long.axhline(weights, color=style.GREY, linestyle="--", linewidth=1)
    long.text(127, weights - 12, f"GPT-3 weights\n{weights:.0f} GB (fp16)", ha="right", va="top", fontsize=9,
              color="#444444")
    for cache, colour in colours.items():
        sizes = bytes_per_token(cache) * lengths / GB
        long.plot(lengths / 1024, sizes, color=colour, label=cache.label)
        long.text(lengths[-1] / 1024, sizes[-1], f" {sizes[-1]:.0f} GB", va="center", fontsize=9, color=colour)
    long.set_title("If the same shapes held 128K tokens", fontsize=10)
    long.set_xlim(0, 128)
    long.set_ylim(0, None)
    long.set_xticks([0, 32, 64, 96, 128], ["0", "32K", "64K", "96K", "128K"])

    for ax in (short, long):
        ax.set_xlabel("tokens in the sequence")
        ax.set_ylabel("KV cache (GB, fp16)")
    fig.legend(*long.get_legend_handles_labels(), loc="outside lower center", ncols=2, fontsize=9,
               title="key/value heads of size 128, 2 bytes per number", title_fontsize=9)
    fig.suptitle("KV cache memory for one sequence grows linearly with its length", fontweight="bold")
    return fig

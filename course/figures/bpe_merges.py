"""BPE training on "aaabdaaabac", merge by merge: the tokens grow and the sequence gets shorter."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from course.figures import style
from course.syllabus import load
from grader.suite import load_reference

TEXT = "aaabdaaabac"  # the chapter's worked example (and Wikipedia's)
NEW_TOKEN_COLOURS = (style.SKY, style.ORANGE, style.GREEN, style.PURPLE, style.YELLOW)


def draw() -> Figure:
    """One row per step of training: the sequence as token boxes, and its length beside it.

    The merges come from the course's reference `train(TEXT, vocab_size)` (solutions/tokenization/
    bpe.py), asked for more merges than the text allows so that it stops by itself (after 3 here,
    when no pair occurs twice). Each row replays one more merge with the reference `merge`, starting
    from the UTF-8 bytes; each box is one token, as wide as the bytes it stands for (from the
    reference `vocab`), labelled with those bytes and its id. New tokens are coloured, bytes grey.
    """
    bpe = load_reference(load().exercise("bpe"))
    merges = bpe.train(TEXT, vocab_size=256 + 20)
    table = bpe.vocab(merges)
    colour = {new_id: c for new_id, c in zip(merges.values(), NEW_TOKEN_COLOURS)}

    ids = list(TEXT.encode("utf-8"))
    rows = [("start: the UTF-8 bytes", ids)]
    for step, (pair, new_id) in enumerate(merges.items(), start=1):
        ids = bpe.merge(ids, pair, new_id)
        a, b = (table[i].decode() for i in pair)
        rows.append((f"merge {step}: {a} + {b} → {new_id}", ids))

    fig = style.figure(0.65 * len(rows) + 1.0)
    tokens_ax, length_ax = fig.subplots(1, 2, sharey=True, width_ratios=(4.2, 1))
    for row, (_, sequence) in enumerate(rows):
        x = 0
        for token in sequence:
            width = len(table[token])
            tokens_ax.add_patch(Rectangle((x + 0.05, row - 0.38), width - 0.1, 0.76,
                                          facecolor=colour.get(token, style.LIGHT_GREY), edgecolor="white"))
            tokens_ax.text(x + width / 2, row - 0.08, table[token].decode(), ha="center", va="center",
                           fontsize=11, fontweight="bold")
            tokens_ax.text(x + width / 2, row + 0.22, str(token), ha="center", va="center", fontsize=7.5,
                           color="#333333")
            x += width
    tokens_ax.set_xlim(0, len(TEXT.encode("utf-8")))
    tokens_ax.set_ylim(len(rows) - 0.5, -0.5)  # first step on top
    tokens_ax.set_yticks(range(len(rows)), [label for label, _ in rows])
    tokens_ax.set_xticks([])
    tokens_ax.tick_params(axis="y", length=0)
    for side in ("left", "bottom"):
        tokens_ax.spines[side].set_visible(False)
    tokens_ax.set_title("box width = bytes of the token; small number = token id", fontsize=9,
                        fontweight="normal", loc="left")

    lengths = [len(sequence) for _, sequence in rows]
    bars = length_ax.barh(range(len(rows)), lengths, height=0.6, color=style.BLUE)
    length_ax.bar_label(bars, padding=3)
    length_ax.set_xlim(0, max(lengths) * 1.25)
    length_ax.set_title("length (tokens)", fontsize=9, fontweight="normal")
    length_ax.set_xticks([])
    length_ax.tick_params(axis="y", length=0)
    for side in ("left", "bottom"):
        length_ax.spines[side].set_visible(False)
    fig.suptitle(f'Byte-pair encoding of "{TEXT}": {lengths[0]} → {lengths[-1]} tokens in {len(merges)} merges',
                 fontweight="bold")
    return fig

"""UTF-8 bit patterns: one character each from ASCII, Latin, CJK and emoji, 1 to 4 bytes."""

from __future__ import annotations

import unicodedata

from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle

from course.figures import style

# (character, what it stands for). 我 is shown by code point and name only: the figure's bundled
# font, DejaVu Sans, has no CJK glyphs.
CHARACTERS = (("A", "ASCII letter"), ("é", "Latin letter"), ("\u6211", "CJK character"), ("\U0001F600", "emoji 😀"))
GAP = 0.7  # space between two bytes, in bit widths
ROW_END = 4 * 8 + 3 * GAP  # where the longest row, 4 bytes, ends


def marker_length(byte: int) -> int:
    """How many leading bits of a UTF-8 byte are the pattern, not the code point.

    0xxxxxxx: 1. 10xxxxxx (continuation): 2. 110xxxxx: 3. 1110xxxx: 4. 11110xxx: 5.
    That is the number of leading 1 bits, plus the 0 that ends them.
    """
    ones = 0
    while byte & (0x80 >> ones):
        ones += 1
    return ones + 1


def draw() -> Figure:
    """One row per character: its UTF-8 bytes as bits, pattern bits apart from code-point bits.

    The bytes come from Python's own encoder, `ch.encode("utf-8")`, and the code points from
    `ord`; which bits belong to the pattern is read off each byte by `marker_length`. Under each
    byte are its decimal value and hex. Reading the blue bits of a row left to right gives the
    code point: for 我 (U+6211), 0110 001000 010001.
    """
    fig = style.figure(3.9)
    ax = fig.add_subplot()
    for row, (ch, kind) in enumerate(CHARACTERS):
        encoded = ch.encode("utf-8")
        for k, byte in enumerate(encoded):
            x0 = k * (8 + GAP)
            for b, bit in enumerate(f"{byte:08b}"):
                pattern = b < marker_length(byte)
                ax.add_patch(Rectangle((x0 + b, row - 0.3), 1, 0.6, linewidth=0.8, edgecolor="white",
                                       facecolor=style.ORANGE if pattern else style.BLUE))
                ax.text(x0 + b + 0.5, row, bit, ha="center", va="center", fontsize=9,
                        color="black" if pattern else "white")
            ax.text(x0 + 4, row + 0.45, f"{byte}  (0x{byte:02X})", ha="center", va="center", fontsize=8.5,
                    color="#333333")
        ax.text(ROW_END + 0.6, row, f"{len(encoded)} byte{'s' if len(encoded) > 1 else ''}",
                va="center", fontsize=10, fontweight="bold")
        name = unicodedata.name(ch).lower()
        ax.text(-0.8, row - 0.08, f"U+{ord(ch):04X}  {kind}", ha="right", va="center", fontsize=10)
        ax.text(-0.8, row + 0.24, name, ha="right", va="center", fontsize=7.5, color=style.GREY)
    ax.set_xlim(-0.2, ROW_END + 5.7)
    ax.set_ylim(len(CHARACTERS) - 0.35, -0.5)
    ax.set_axis_off()
    pattern = "pattern bits: 0 (ASCII), 110 / 1110 / 11110 (lead byte), 10 (continuation)"
    ax.legend(handles=[Patch(color=style.ORANGE, label=pattern), Patch(color=style.BLUE, label="bits of the code point")],
              loc="upper center", bbox_to_anchor=(0.5, 0.0), ncols=1, fontsize=9)
    ax.set_title("UTF-8: one code point becomes 1 to 4 bytes")
    return fig

"""Writes 10000 into the formula and ignores the base argument."""

import numpy as np

CAUGHT_BY = ["encoding_uses_the_base"]


def sinusoidal_positional_encoding(T, d, base=10000.0):
    if T < 0 or d < 2 or d % 2 or base <= 0:
        raise ValueError("bad T, d or base")
    angles = np.arange(T)[:, None] / 10000.0 ** (2 * np.arange(d // 2) / d)
    pe = np.empty((T, d))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe

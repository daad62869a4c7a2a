"""Writes the rotated pairs back into x itself, changing the caller's queries."""

import numpy as np

CAUGHT_BY = ["rope_leaves_x_unchanged"]


def rope(x, positions=None, base=10000.0):
    if x.ndim != 2 or x.shape[1] < 2 or x.shape[1] % 2:
        raise ValueError("bad shape")
    T, d = x.shape
    positions = np.arange(T) if positions is None else np.asarray(positions, dtype=np.float64)
    if positions.shape != (T,):
        raise ValueError("bad positions")
    angles = positions[:, None] / base ** (2 * np.arange(d // 2) / d)
    cos, sin = np.cos(angles), np.sin(angles)
    even, odd = x[:, 0::2].copy(), x[:, 1::2].copy()
    x[:, 0::2] = even * cos - odd * sin
    x[:, 1::2] = even * sin + odd * cos
    return x

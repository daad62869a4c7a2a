"""Swaps the signs of the sine terms, turning each pair clockwise (by minus the angle)."""

import numpy as np

CAUGHT_BY = ["rope_rotates_adjacent_pairs", "rope_uses_the_given_positions_and_base"]


def rope(x, positions=None, base=10000.0):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] < 2 or x.shape[1] % 2:
        raise ValueError("bad shape")
    T, d = x.shape
    positions = np.arange(T) if positions is None else np.asarray(positions, dtype=np.float64)
    if positions.shape != (T,):
        raise ValueError("bad positions")
    angles = positions[:, None] / base ** (2 * np.arange(d // 2) / d)
    cos, sin = np.cos(angles), np.sin(angles)
    out = np.empty_like(x)
    out[:, 0::2] = x[:, 0::2] * cos + x[:, 1::2] * sin
    out[:, 1::2] = -x[:, 0::2] * sin + x[:, 1::2] * cos
    return out

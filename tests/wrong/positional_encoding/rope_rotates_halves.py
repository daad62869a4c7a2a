"""Pairs dimension i with i + d/2 (the "rotate half" layout of some libraries) instead of the
adjacent pair (2i, 2i+1) that the docstring asks for. Lengths and relative scores still work."""

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
    first, second = x[:, : d // 2], x[:, d // 2:]
    return np.concatenate([first * cos - second * sin, first * sin + second * cos], axis=1)

"""Always rotates row t by t, whatever positions says (and with base 10000, whatever base says)."""

import numpy as np

CAUGHT_BY = ["rope_uses_the_given_positions_and_base", "rope_keeps_lengths_and_leaves_position_zero_alone"]


def rope(x, positions=None, base=10000.0):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] < 2 or x.shape[1] % 2:
        raise ValueError("bad shape")
    T, d = x.shape
    angles = np.arange(T)[:, None] / 10000.0 ** (2 * np.arange(d // 2) / d)
    cos, sin = np.cos(angles), np.sin(angles)
    out = np.empty_like(x)
    out[:, 0::2] = x[:, 0::2] * cos - x[:, 1::2] * sin
    out[:, 1::2] = x[:, 0::2] * sin + x[:, 1::2] * cos
    return out

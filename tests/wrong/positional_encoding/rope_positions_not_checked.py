"""Never checks the shapes: an odd d or positions of the wrong length broadcast, crash with another
error or give a silently wrong answer instead of raising ValueError."""

import numpy as np

CAUGHT_BY = ["rope_rejects_an_odd_width_and_mismatched_positions"]


def rope(x, positions=None, base=10000.0):
    x = np.asarray(x, dtype=np.float64)
    T, d = x.shape[-2:] if x.ndim >= 2 else (1, x.shape[-1])
    positions = np.arange(T) if positions is None else np.asarray(positions, dtype=np.float64)
    angles = positions[:T, None] / base ** (2 * np.arange(d // 2) / d)
    cos, sin = np.cos(angles), np.sin(angles)
    out = x.copy()
    even, odd = x[..., 0:2 * (d // 2):2], x[..., 1::2]
    out[..., 0:2 * (d // 2):2] = even * cos - odd * sin
    out[..., 1::2] = even * sin + odd * cos
    return out

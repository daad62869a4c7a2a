"""Rounds with np.floor(x + 0.5), so halfway values go up (0.5 -> 1, -2.5 -> -2) instead of to the even integer."""

import numpy as np

CAUGHT_BY = ["halfway_values_round_to_even"]


def quantize_int8(w, axis=None):
    w = np.asarray(w, dtype=np.float64)
    absmax = np.abs(w).max(axis=axis, keepdims=True)
    scale = np.where(absmax > 0, absmax, 127.0) / 127
    q = np.clip(np.floor(w / scale + 0.5), -127, 127).astype(np.int8)
    return q, scale

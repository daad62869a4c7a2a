"""Takes the max without keepdims: a per-row scale of shape (K,) does not line up with the rows of a (K, N) w."""

import numpy as np

CAUGHT_BY = ["per_axis_quantization_matches_the_reference"]


def quantize_int8(w, axis=None):
    w = np.asarray(w, dtype=np.float64)
    absmax = np.abs(w).max(axis=axis, keepdims=axis is None)
    scale = np.where(absmax > 0, absmax, 127.0) / 127
    return np.clip(np.round(w / scale), -127, 127).astype(np.int8), scale

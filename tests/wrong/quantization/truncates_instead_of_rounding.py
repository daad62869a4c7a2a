"""Converts w / scale to int8 directly, which truncates toward zero: 36.55 becomes 36, an error up to a whole step."""

import numpy as np

CAUGHT_BY = ["per_tensor_quantization_matches_the_reference", "the_error_is_at_most_half_a_step"]


def quantize_int8(w, axis=None):
    w = np.asarray(w, dtype=np.float64)
    absmax = np.abs(w).max(axis=axis, keepdims=True)
    scale = np.where(absmax > 0, absmax, 127.0) / 127
    return (w / scale).astype(np.int8), scale

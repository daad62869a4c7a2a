"""Divides the max by 128 (the int8 range is -128..127), so the largest weight maps to 128, which wraps to -128."""

import numpy as np

CAUGHT_BY = ["per_tensor_quantization_matches_the_reference", "q_is_int8_within_plus_minus_127",
             "the_error_is_at_most_half_a_step"]


def quantize_int8(w, axis=None):
    w = np.asarray(w, dtype=np.float64)
    absmax = np.abs(w).max(axis=axis, keepdims=True)
    scale = np.where(absmax > 0, absmax, 128.0) / 128
    return np.round(w / scale).astype(np.int8), scale

"""Uses max(w) instead of max(|w|): a tensor whose largest magnitude is negative gets too small a scale."""

import numpy as np

CAUGHT_BY = ["per_tensor_quantization_matches_the_reference", "the_error_is_at_most_half_a_step"]


def quantize_int8(w, axis=None):
    w = np.asarray(w, dtype=np.float64)
    top = np.abs(w.max(axis=axis, keepdims=True))
    scale = np.where(top > 0, top, 127.0) / 127
    return np.clip(np.round(w / scale), -127, 127).astype(np.int8), scale

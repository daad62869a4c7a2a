"""Forgets the all-zero case: scale 0, then 0 / 0 = NaN, and NaN cast to int8 is garbage."""

import numpy as np

CAUGHT_BY = ["all_zero_tensors_and_slices_get_scale_one"]


def quantize_int8(w, axis=None):
    w = np.asarray(w, dtype=np.float64)
    scale = np.abs(w).max(axis=axis, keepdims=True) / 127
    with np.errstate(divide="ignore", invalid="ignore"):
        q = np.clip(np.round(np.nan_to_num(w / scale)), -127, 127).astype(np.int8)
    return q, scale

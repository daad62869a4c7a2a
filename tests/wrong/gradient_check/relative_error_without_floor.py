"""Divides by norm(a) + norm(b) with no floor: two all-zero gradients give 0 / 0 = NaN instead of 0."""

import numpy as np

CAUGHT_BY = ["relative_error_is_zero_for_equal_arrays_symmetric_and_at_most_one"]


def relative_error(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError("different shapes")
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))

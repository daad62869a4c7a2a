"""Divides by norm(b) alone: not symmetric, and above 1 when b is small."""

import numpy as np

CAUGHT_BY = ["relative_error_matches_the_reference",
             "relative_error_is_zero_for_equal_arrays_symmetric_and_at_most_one"]


def relative_error(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError("different shapes")
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(b), 1e-12))

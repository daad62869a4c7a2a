"""Builds the mask with np.tri(T), a float64 array of 1.0 and 0.0, where a boolean array was asked for."""

import numpy as np

CAUGHT_BY = ["causal_mask_is_the_lower_triangle"]


def causal_mask(T):
    if T < 1:
        raise ValueError(f"T must be >= 1, got {T}")
    return np.tri(T)

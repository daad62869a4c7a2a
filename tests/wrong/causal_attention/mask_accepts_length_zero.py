"""Does not validate T: causal_mask(0) returns an empty (0, 0) array instead of raising ValueError."""

import numpy as np

CAUGHT_BY = ["causal_mask_is_the_lower_triangle"]


def causal_mask(T):
    return np.tril(np.ones((T, T), dtype=bool))

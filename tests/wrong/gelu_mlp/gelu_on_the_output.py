"""Applies GELU a second time, to the output of the down-projection."""

import numpy as np

CAUGHT_BY = ["mlp_matches_the_reference", "mlp_with_zero_w2_gives_b2"]


def mlp(x, w1, b1, w2, b2):
    hidden = gelu(np.asarray(x, dtype=np.float64) @ w1 + b1)
    return gelu(hidden @ w2 + b2)

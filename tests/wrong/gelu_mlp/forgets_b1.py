"""Leaves out the first bias b1."""

import numpy as np

CAUGHT_BY = ["mlp_matches_the_reference"]


def mlp(x, w1, b1, w2, b2):
    return gelu(np.asarray(x, dtype=np.float64) @ w1) @ w2 + b2

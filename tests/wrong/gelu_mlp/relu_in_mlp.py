"""Uses ReLU, np.maximum(0, .), between the two layers instead of GELU."""

import numpy as np

CAUGHT_BY = ["mlp_matches_the_reference", "the_nonlinearity_is_gelu"]


def mlp(x, w1, b1, w2, b2):
    hidden = np.maximum(0.0, np.asarray(x, dtype=np.float64) @ w1 + b1)
    return hidden @ w2 + b2

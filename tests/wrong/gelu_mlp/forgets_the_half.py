"""Drops the factor 0.5: gelu(x) comes out twice too large, about 2x for large x."""

import numpy as np

CAUGHT_BY = ["gelu_matches_the_reference", "gelu_x_minus_gelu_minus_x_is_x", "gelu_is_x_far_right_and_0_far_left"]


def gelu(x):
    x = np.asarray(x, dtype=np.float64)
    return x * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (x + 0.044715 * x**3)))

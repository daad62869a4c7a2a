"""Writes 0.044715 * x**2 instead of x**3: the argument of tanh is no longer odd."""

import numpy as np

CAUGHT_BY = ["gelu_matches_the_reference", "gelu_x_minus_gelu_minus_x_is_x"]


def gelu(x):
    x = np.asarray(x, dtype=np.float64)
    return 0.5 * x * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (x + 0.044715 * x**2)))

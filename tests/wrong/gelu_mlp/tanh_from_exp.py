"""Builds tanh from np.exp as (e^2u - 1) / (e^2u + 1): overflows to inf / inf = NaN for x around 10 and up."""

import numpy as np

CAUGHT_BY = ["gelu_is_x_far_right_and_0_far_left"]


def gelu(x):
    x = np.asarray(x, dtype=np.float64)
    u = np.sqrt(2.0 / np.pi) * (x + 0.044715 * x**3)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(2.0 * u)
        return 0.5 * x * (1.0 + (e - 1.0) / (e + 1.0))

"""Correct, written differently: 0.5 * (1 + tanh(u)) as the sigmoid of 2u, and einsum for the products."""

import math

import numpy as np


def gelu(x):
    x = np.array(x, dtype=np.float64)
    u = math.sqrt(2.0 / math.pi) * (x + 0.044715 * x * x * x)
    # 1 / (1 + exp(-2u)) overflows harmlessly to 1 / inf = 0 for very negative u.
    with np.errstate(over="ignore"):
        return x / (1.0 + np.exp(-2.0 * u))


def mlp(x, w1, b1, w2, b2):
    x = np.asarray(x, dtype=np.float64)
    hidden = gelu(np.einsum("...d,dh->...h", x, w1) + b1)
    return np.einsum("...h,hd->...d", hidden, w2) + b2

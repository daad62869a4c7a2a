"""Loops over range(len(x)) and nudges x[i]: right for a vector, but for a matrix x[i] is a whole row
(and a 0-d array has no len)."""

import numpy as np

CAUGHT_BY = ["numerical_gradient_works_for_any_shape", "numerical_gradient_matches_the_reference"]


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    for i in range(len(x)):
        up, down = x.copy(), x.copy()
        up[i] += h
        down[i] -= h
        grad[i] = (f(up) - f(down)) / (2 * h)
    return grad

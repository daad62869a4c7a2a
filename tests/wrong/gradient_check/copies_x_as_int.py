"""Copies x without converting it to float: for an int x, x + 1e-5 rounds back to x and every slope is 0."""

import numpy as np

CAUGHT_BY = ["an_integer_x_gives_float_slopes"]


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x)
    grad = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        up, down = x.copy(), x.copy()
        up[i] += h
        down[i] -= h
        grad[i] = (f(up) - f(down)) / (2 * h)
    return grad

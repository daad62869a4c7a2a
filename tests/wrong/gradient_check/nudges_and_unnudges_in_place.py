"""Nudges the caller's x in place and undoes it by adding and subtracting h: x + h - 2h + h is not
always x in floating point, so x drifts and later calls of f see it."""

import numpy as np

CAUGHT_BY = ["f_sees_x_with_one_entry_moved_by_h"]


def numerical_gradient(f, x, h=1e-5):
    x = np.asarray(x, dtype=np.float64)  # no copy for a float array: this is the caller's x
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        x[i] += h
        above = f(x)
        x[i] -= 2 * h
        below = f(x)
        x[i] += h
        grad[i] = (above - below) / (2 * h)
    return grad

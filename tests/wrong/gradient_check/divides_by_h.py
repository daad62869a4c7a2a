"""Divides the central difference by h instead of 2h: every slope comes out twice too large."""

import numpy as np

CAUGHT_BY = ["numerical_gradient_matches_the_reference", "numerical_gradient_steps_h_both_ways",
             "check_gradient_passes_true_gradients"]


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        up, down = x.copy(), x.copy()
        up[i] += h
        down[i] -= h
        grad[i] = (f(up) - f(down)) / h
    return grad

"""Uses the one-sided difference (f(x + h e_i) - f(x)) / h: off by about h * f'' / 2."""

import numpy as np

CAUGHT_BY = ["numerical_gradient_matches_the_reference", "numerical_gradient_steps_h_both_ways",
             "f_sees_x_with_one_entry_moved_by_h"]


def numerical_gradient(f, x, h=1e-5):
    x = np.array(x, dtype=np.float64)
    base = f(x)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        nudged = x.copy()
        nudged[i] += h
        grad[i] = (f(nudged) - base) / h
    return grad

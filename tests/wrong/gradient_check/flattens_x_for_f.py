"""Works on x.ravel() and calls f with the flat vector: f gets the wrong shape (a loss reading x as a
matrix of logits breaks)."""

import numpy as np

CAUGHT_BY = ["f_sees_x_with_one_entry_moved_by_h", "numerical_gradient_matches_the_reference"]


def numerical_gradient(f, x, h=1e-5):
    flat = np.array(x, dtype=np.float64).ravel()
    grad = np.zeros_like(flat)
    for i in range(flat.size):
        up, down = flat.copy(), flat.copy()
        up[i] += h
        down[i] -= h
        grad[i] = (f(up) - f(down)) / (2 * h)
    return grad.reshape(np.shape(x))

"""Centres the caller's array in place (x -= mean), so the x passed in is changed."""

import numpy as np

CAUGHT_BY = ["the_inputs_are_not_modified"]


def layer_norm(x, gamma, beta, eps=1e-5):
    if not isinstance(x, np.ndarray) or x.dtype != np.float64:
        x = np.asarray(x, dtype=np.float64)
    x -= x.mean(axis=-1, keepdims=True)
    return gamma * x / np.sqrt(np.mean(x**2, axis=-1, keepdims=True) + eps) + beta

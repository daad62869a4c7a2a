"""Adds eps after the square root, (x - mean) / (std + eps): wrong when the variance is small."""

import numpy as np

CAUGHT_BY = ["eps_goes_inside_the_square_root"]


def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=-1, keepdims=True)
    return gamma * (x - mean) / (x.std(axis=-1, keepdims=True) + eps) + beta

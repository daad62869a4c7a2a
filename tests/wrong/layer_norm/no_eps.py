"""Leaves eps out: a vector with all features equal divides 0 by 0 and comes out NaN."""

import numpy as np

CAUGHT_BY = ["constant_vectors_give_beta", "eps_goes_inside_the_square_root"]


def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=-1, keepdims=True)
    return gamma * (x - mean) / np.sqrt(x.var(axis=-1, keepdims=True)) + beta

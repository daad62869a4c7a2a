"""Takes the mean and variance over axis 0 (across tokens) instead of each token's features."""

import numpy as np

CAUGHT_BY = ["layer_norm_matches_the_reference", "each_vector_gets_mean_zero_and_variance_one"]


def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=0, keepdims=True)
    var = x.var(axis=0, keepdims=True)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta

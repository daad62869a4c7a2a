"""Skips the mean subtraction (this is RMSNorm, not LayerNorm): a shift of x changes the output."""

import numpy as np

CAUGHT_BY = ["layer_norm_matches_the_reference", "each_vector_gets_mean_zero_and_variance_one",
             "scaling_and_shifting_a_vector_changes_nothing", "constant_vectors_give_beta"]


def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    return gamma * x / np.sqrt(np.mean(x**2, axis=-1, keepdims=True) + eps) + beta

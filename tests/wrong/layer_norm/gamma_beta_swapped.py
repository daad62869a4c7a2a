"""Swaps the roles of gamma and beta: multiplies by beta and adds gamma."""

import numpy as np

CAUGHT_BY = ["layer_norm_matches_the_reference", "gamma_scales_and_beta_shifts_each_feature",
             "constant_vectors_give_beta"]


def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=-1, keepdims=True)
    return beta * (x - mean) / np.sqrt(x.var(axis=-1, keepdims=True) + eps) + gamma

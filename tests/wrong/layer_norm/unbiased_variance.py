"""Uses the unbiased variance (divides by d - 1), so the outputs have variance (d - 1)/d, not 1."""

import numpy as np

CAUGHT_BY = ["layer_norm_matches_the_reference", "each_vector_gets_mean_zero_and_variance_one",
             "the_variance_divides_by_d"]


def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, ddof=1, keepdims=True) if x.shape[-1] > 1 else np.zeros_like(mean)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta

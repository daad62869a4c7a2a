"""Starts every step from an empty cache, so each token attends only to itself."""

import numpy as np

CAUGHT_BY = ["token_by_token_equals_full_causal_attention"]


def decode_sequence(x, w_q, w_k, w_v):
    x = np.asarray(x, dtype=np.float64)
    return np.array([decode_step(x_t, empty_cache(w_k.shape[1], w_v.shape[1]), w_q, w_k, w_v)[0] for x_t in x])

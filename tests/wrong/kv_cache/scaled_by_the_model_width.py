"""Scales the scores by sqrt(d), the width of x, instead of sqrt(d_k), the width of the keys."""

import numpy as np

CAUGHT_BY = ["one_step_matches_the_reference", "token_by_token_equals_full_causal_attention"]


def decode_step(x_t, cache, w_q, w_k, w_v):
    x_t = np.asarray(x_t, dtype=np.float64)
    q, k, v = x_t @ w_q, x_t @ w_k, x_t @ w_v
    keys, values = np.vstack([cache["k"], k[None, :]]), np.vstack([cache["v"], v[None, :]])
    scores = keys @ q / np.sqrt(len(x_t))
    weights = np.exp(scores - scores.max())
    return weights @ values / weights.sum(), {"k": keys, "v": values}

"""Stores the longer arrays back into the dict it was given, so the caller's cache changes too."""

import numpy as np

CAUGHT_BY = ["the_cache_passed_in_is_not_changed"]


def decode_step(x_t, cache, w_q, w_k, w_v):
    x_t = np.asarray(x_t, dtype=np.float64)
    q, k, v = x_t @ w_q, x_t @ w_k, x_t @ w_v
    cache["k"] = np.vstack([cache["k"], k[None, :]])
    cache["v"] = np.vstack([cache["v"], v[None, :]])
    scores = cache["k"] @ q / np.sqrt(len(q))
    weights = np.exp(scores - scores.max())
    return weights @ cache["v"] / weights.sum(), cache

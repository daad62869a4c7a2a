"""Attends over the cached tokens first and appends the new key and value afterwards: the new token
never sees itself (and the first token has nothing to attend to)."""

import numpy as np

CAUGHT_BY = ["one_step_matches_the_reference", "token_by_token_equals_full_causal_attention",
             "a_first_token_attends_only_to_itself"]


def decode_step(x_t, cache, w_q, w_k, w_v):
    x_t = np.asarray(x_t, dtype=np.float64)
    q, k, v = x_t @ w_q, x_t @ w_k, x_t @ w_v
    if len(cache["k"]):
        scores = cache["k"] @ q / np.sqrt(len(q))
        weights = np.exp(scores - scores.max())
        out = weights @ cache["v"] / weights.sum()
    else:
        out = np.zeros(len(v))
    return out, {"k": np.vstack([cache["k"], k[None, :]]), "v": np.vstack([cache["v"], v[None, :]])}

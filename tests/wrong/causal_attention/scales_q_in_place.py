"""Scales q with `q /= np.sqrt(d_k)`: np.asarray does not copy a float64 array, so the caller's q changes."""

import numpy as np

CAUGHT_BY = ["the_inputs_are_not_modified"]


def attention_weights(q, k, causal=True):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    q /= np.sqrt(q.shape[-1])
    scores = q @ np.swapaxes(k, -1, -2)
    if causal:
        scores = np.where(causal_mask(q.shape[-2]), scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

"""Normalises over axis -2 (the queries) instead of the last axis (the keys): columns sum to 1, not rows."""

import numpy as np

CAUGHT_BY = ["attention_weights_match_the_reference", "weights_are_distributions_over_the_visible_positions"]


def attention_weights(q, k, causal=True):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if causal:
        scores = np.where(causal_mask(q.shape[-2]), scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-2, keepdims=True))
    return e / e.sum(axis=-2, keepdims=True)

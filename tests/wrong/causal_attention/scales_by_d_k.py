"""Divides the scores by d_k instead of sqrt(d_k)."""

import numpy as np

CAUGHT_BY = [
    "attention_weights_match_the_reference",
    "attention_matches_the_reference",
    "multi_head_attention_matches_the_reference",
]


def attention_weights(q, k, causal=True):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    scores = q @ np.swapaxes(k, -1, -2) / q.shape[-1]
    if causal:
        scores = np.where(causal_mask(q.shape[-2]), scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

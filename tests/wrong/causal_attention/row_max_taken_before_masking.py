"""Subtracts the row maximum of the unmasked scores, future included, then zeroes the future: when a hidden
score is far larger than the visible ones, every visible exp underflows to 0 and the row becomes 0/0."""

import numpy as np

CAUGHT_BY = ["large_scores_do_not_overflow"]


def attention_weights(q, k, causal=True):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    if causal:
        e = np.where(causal_mask(q.shape[-2]), e, 0.0)
    return e / e.sum(axis=-1, keepdims=True)

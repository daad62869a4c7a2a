"""Exponentiates the raw scores: exp of scores in the tens of thousands overflows to inf, and inf/inf is
NaN."""

import numpy as np

CAUGHT_BY = ["large_scores_do_not_overflow"]


def attention_weights(q, k, causal=True):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if causal:
        scores = np.where(causal_mask(q.shape[-2]), scores, -np.inf)
    e = np.exp(scores)
    return e / e.sum(axis=-1, keepdims=True)

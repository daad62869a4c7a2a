"""Computes k @ q^T instead of q @ k^T, so row i scores key i against every query."""

import numpy as np

CAUGHT_BY = [
    "attention_weights_match_the_reference",
    "attention_matches_the_reference",
    "multi_head_attention_matches_the_reference",
]


def attention_weights(q, k, causal=True):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    scores = k @ np.swapaxes(q, -1, -2) / np.sqrt(q.shape[-1])
    if causal:
        scores = np.where(causal_mask(q.shape[-2]), scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

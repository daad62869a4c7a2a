"""Ignores causal=False and masks anyway, so non-causal attention still depends on the order of positions."""

import numpy as np

CAUGHT_BY = ["attention_weights_match_the_reference", "without_the_mask_attention_is_permutation_equivariant"]


def attention_weights(q, k, causal=True):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    scores = np.where(causal_mask(q.shape[-2]), scores, -np.inf)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

"""Takes the softmax over every position, then zeroes the future without renormalising: rows sum to less
than 1."""

import numpy as np

CAUGHT_BY = [
    "weights_are_distributions_over_the_visible_positions",
    "attention_weights_match_the_reference",
    "equal_keys_give_uniform_weights_over_the_visible_positions",
]


def attention_weights(q, k, causal=True):
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = e / e.sum(axis=-1, keepdims=True)
    if causal:
        weights = weights * causal_mask(q.shape[-2])
    return weights

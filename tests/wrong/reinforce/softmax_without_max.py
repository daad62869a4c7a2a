"""Exponentiates the raw logits: exp(1000) overflows to inf and the probabilities become NaN."""

import numpy as np

CAUGHT_BY = ["the_policy_is_a_stable_softmax"]


def policy(logits):
    e = np.exp(np.asarray(logits, dtype=np.float64))
    return e / e.sum()

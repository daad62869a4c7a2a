"""Exponentiates the raw logits in cross_entropy: exp(1000) overflows to inf and the loss becomes
inf or NaN."""

import numpy as np

CAUGHT_BY = ["large_logits_do_not_overflow", "equal_logits_give_log_v"]


def cross_entropy(logits, targets):
    z = logits
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(targets)), targets].mean())

"""Computes a stable softmax and then takes its log: a target probability below 1e-308 (logits
[1000, 0], target 1) underflows to 0, and log(0) gives an infinite loss."""

import numpy as np

CAUGHT_BY = ["large_logits_do_not_overflow"]


def cross_entropy(logits, targets):
    z = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    log_probs = np.log(probs)
    return float(-log_probs[np.arange(len(targets)), targets].mean())

"""Sums the per-example losses instead of averaging them: the loss grows with the batch size
(while the gradients, divided by B, belong to the mean)."""

import numpy as np

CAUGHT_BY = ["cross_entropy_matches_the_reference", "equal_logits_give_log_v"]


def cross_entropy(logits, targets):
    z = logits - logits.max(axis=1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(targets)), targets].sum())

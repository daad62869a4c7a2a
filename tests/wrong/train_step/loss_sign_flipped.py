"""Returns the mean log-probability of the targets, forgetting the minus sign: the 'loss' is <= 0
and grows as the model gets better."""

import numpy as np

CAUGHT_BY = ["cross_entropy_is_never_negative", "cross_entropy_matches_the_reference"]


def cross_entropy(logits, targets):
    z = logits - logits.max(axis=1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(log_probs[np.arange(len(targets)), targets].mean())

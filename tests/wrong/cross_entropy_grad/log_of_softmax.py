"""Takes np.log of a (stable) softmax: exp(-1e4) underflows to 0, and log(0) makes the loss infinite."""

import numpy as np

CAUGHT_BY = ["large_logits_do_not_overflow"]


def cross_entropy(logits, targets, ignore_index=-100):
    kept = targets != ignore_index
    if not kept.any():
        raise ValueError("no row kept")
    z, y = logits[kept], targets[kept]
    if np.any((y < 0) | (y >= z.shape[1])):
        raise ValueError("target out of range")
    e = np.exp(z - z.max(axis=1, keepdims=True))
    probs = e / e.sum(axis=1, keepdims=True)
    return float(-np.log(probs[np.arange(len(y)), y]).mean())

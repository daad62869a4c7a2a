"""Subtracts each row's maximum in place (`logits -= ...`), changing the caller's logits."""

import numpy as np

CAUGHT_BY = ["the_logits_are_not_modified"]


def cross_entropy_grad(logits, targets, ignore_index=-100):
    kept = targets != ignore_index
    if not kept.any():
        raise ValueError("no row kept")
    rows = np.flatnonzero(kept)
    if np.any((targets[rows] < 0) | (targets[rows] >= logits.shape[1])):
        raise ValueError("target out of range")
    logits -= logits.max(axis=1, keepdims=True)
    grad = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    grad[rows, targets[rows]] -= 1.0
    grad[~kept] = 0.0
    return grad / len(rows)

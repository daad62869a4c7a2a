"""Compares the targets with the literal -100 instead of the ignore_index argument."""

import numpy as np

CAUGHT_BY = ["the_ignore_index_argument_is_used"]


def cross_entropy(logits, targets, ignore_index=-100):
    kept = targets != -100
    if not kept.any():
        raise ValueError("no row kept")
    z, y = logits[kept], targets[kept]
    if np.any((y < 0) | (y >= z.shape[1])):
        raise ValueError("target out of range")
    z = z - z.max(axis=1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(y)), y].mean())


def cross_entropy_grad(logits, targets, ignore_index=-100):
    kept = targets != -100
    if not kept.any():
        raise ValueError("no row kept")
    rows = np.flatnonzero(kept)
    if np.any((targets[rows] < 0) | (targets[rows] >= logits.shape[1])):
        raise ValueError("target out of range")
    z = logits - logits.max(axis=1, keepdims=True)
    grad = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    grad[rows, targets[rows]] -= 1.0
    grad[~kept] = 0.0
    return grad / len(rows)

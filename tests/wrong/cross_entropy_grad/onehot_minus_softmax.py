"""Writes the gradient as onehot - softmax: the direction that raises the loss."""

import numpy as np

CAUGHT_BY = ["gradient_matches_the_reference", "gradient_matches_finite_differences"]


def cross_entropy_grad(logits, targets, ignore_index=-100):
    kept = targets != ignore_index
    if not kept.any():
        raise ValueError("no row kept")
    rows = np.flatnonzero(kept)
    if np.any((targets[rows] < 0) | (targets[rows] >= logits.shape[1])):
        raise ValueError("target out of range")
    z = logits - logits.max(axis=1, keepdims=True)
    grad = -np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    grad[rows, targets[rows]] += 1.0
    grad[~kept] = 0.0
    return grad / len(rows)

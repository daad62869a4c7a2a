"""Zeroes the ignored rows but still divides by N, the number of all rows, instead of the rows kept."""

import numpy as np

CAUGHT_BY = ["ignored_rows_are_left_out_of_the_mean", "ignored_rows_get_zero_gradient",
             "gradient_matches_finite_differences"]


def cross_entropy(logits, targets, ignore_index=-100):
    kept = targets != ignore_index
    if not kept.any():
        raise ValueError("no row kept")
    if np.any((targets[kept] < 0) | (targets[kept] >= logits.shape[1])):
        raise ValueError("target out of range")
    z = logits - logits.max(axis=1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    losses = -log_probs[np.arange(len(targets)), np.where(kept, targets, 0)]
    return float(np.where(kept, losses, 0.0).sum() / len(targets))


def cross_entropy_grad(logits, targets, ignore_index=-100):
    kept = targets != ignore_index
    if not kept.any():
        raise ValueError("no row kept")
    if np.any((targets[kept] < 0) | (targets[kept] >= logits.shape[1])):
        raise ValueError("target out of range")
    z = logits - logits.max(axis=1, keepdims=True)
    grad = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    rows = np.flatnonzero(kept)
    grad[rows, targets[rows]] -= 1.0
    grad[~kept] = 0.0
    return grad / len(targets)

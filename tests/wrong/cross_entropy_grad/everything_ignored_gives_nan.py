"""Takes the mean of an empty selection when every row is ignored: NaN and a warning, not a ValueError."""

import numpy as np

CAUGHT_BY = ["no_kept_row_or_a_bad_target_raises_value_error"]


def cross_entropy(logits, targets, ignore_index=-100):
    kept = targets != ignore_index
    z, y = logits[kept], targets[kept]
    if np.any((y < 0) | (y >= z.shape[1])):
        raise ValueError("target out of range")
    z = z - z.max(axis=1, keepdims=True)
    log_probs = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(y)), y].mean())


def cross_entropy_grad(logits, targets, ignore_index=-100):
    kept = targets != ignore_index
    rows = np.flatnonzero(kept)
    if np.any((targets[rows] < 0) | (targets[rows] >= logits.shape[1])):
        raise ValueError("target out of range")
    z = logits - logits.max(axis=1, keepdims=True)
    grad = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    grad[rows, targets[rows]] -= 1.0
    grad[~kept] = 0.0
    return grad / len(rows)

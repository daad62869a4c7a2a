"""Correct, written differently: logsumexp by np.logaddexp.reduce, and a weighted one-hot matrix."""

import numpy as np


def _weights(targets, vocab_size, ignore_index):
    """1/n for each kept row, 0 for each ignored row, after checking the targets."""
    targets = np.asarray(targets)
    kept = targets != ignore_index
    n = int(np.count_nonzero(kept))
    if n == 0:
        raise ValueError("every target is ignore_index")
    bad = kept & ((targets < 0) | (targets >= vocab_size))
    if bad.any():
        raise ValueError(f"target out of range: {targets[bad].tolist()}")
    return kept / n, kept


def cross_entropy(logits, targets, ignore_index=-100):
    logits = np.asarray(logits, dtype=float)
    weights, kept = _weights(targets, logits.shape[1], ignore_index)
    loss = 0.0
    for i in np.flatnonzero(kept):
        loss += weights[i] * (np.logaddexp.reduce(logits[i]) - logits[i, targets[i]])
    return float(loss)


def cross_entropy_grad(logits, targets, ignore_index=-100):
    logits = np.asarray(logits, dtype=float)
    weights, kept = _weights(targets, logits.shape[1], ignore_index)
    log_norm = np.logaddexp.reduce(logits, axis=1, keepdims=True)
    probs = np.exp(logits - log_norm)
    onehot = np.arange(logits.shape[1]) == np.where(kept, targets, -1)[:, None]
    return (probs - onehot) * weights[:, None]

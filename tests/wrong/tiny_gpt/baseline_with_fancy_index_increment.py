"""Counts with counts[a, b] += 1 on index arrays: a pair that occurs twice is counted once."""

import numpy as np

CAUGHT_BY = ["baseline_matches_the_reference"]


def bigram_baseline_loss(train_ids, val_ids, vocab_size, smoothing=1.0):
    if smoothing <= 0 or len(val_ids) < 2:
        raise ValueError("bad arguments")
    train_ids = np.asarray(train_ids)
    counts = np.full((vocab_size, vocab_size), float(smoothing))
    counts[train_ids[:-1], train_ids[1:]] += 1.0
    probs = counts / counts.sum(axis=1, keepdims=True)
    return float(-np.log(probs[val_ids[:-1], val_ids[1:]]).mean())

"""Adds k to every cell but only k (not k * V) to the row total: the rows no longer sum to 1."""

import numpy as np

CAUGHT_BY = ["probs_match_the_reference", "smoothed_rows_are_distributions_without_zeros",
             "add_one_on_the_chapter_example"]


def next_token_probs(counts, smoothing=1.0):
    if smoothing < 0:
        raise ValueError("negative smoothing")
    counts = np.asarray(counts, dtype=np.float64)
    totals = counts.sum(axis=1, keepdims=True) + smoothing
    totals[totals == 0] = 1.0
    probs = (counts + smoothing) / totals
    probs[counts.sum(axis=1) + smoothing == 0] = 1.0 / counts.shape[1]
    return probs

"""Divides by the row total without a special case: with smoothing 0 a row of zeros becomes 0 / 0 = NaN."""

import numpy as np

CAUGHT_BY = ["smoothing_zero_gives_frequencies_and_uniform_unseen_rows"]


def next_token_probs(counts, smoothing=1.0):
    if smoothing < 0:
        raise ValueError("negative smoothing")
    smoothed = np.asarray(counts, dtype=np.float64) + smoothing
    with np.errstate(invalid="ignore", divide="ignore"):
        return smoothed / smoothed.sum(axis=1, keepdims=True)

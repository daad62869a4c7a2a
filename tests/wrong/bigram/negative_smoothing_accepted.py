"""Accepts a negative smoothing, which can make probabilities negative."""

import numpy as np

CAUGHT_BY = ["negative_smoothing_raises_value_error"]


def next_token_probs(counts, smoothing=1.0):
    smoothed = np.asarray(counts, dtype=np.float64) + smoothing
    totals = smoothed.sum(axis=1, keepdims=True)
    unseen = totals[:, 0] == 0
    smoothed[unseen] = 1.0
    totals[unseen] = smoothed.shape[1]
    return smoothed / totals

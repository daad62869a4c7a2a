"""Divides by the column totals (axis=0): the columns sum to 1 instead of the rows."""

import numpy as np

CAUGHT_BY = ["probs_match_the_reference", "smoothed_rows_are_distributions_without_zeros",
             "add_one_on_the_chapter_example"]


def next_token_probs(counts, smoothing=1.0):
    if smoothing < 0:
        raise ValueError("negative smoothing")
    smoothed = np.asarray(counts, dtype=np.float64) + smoothing
    totals = smoothed.sum(axis=0, keepdims=True)
    unseen = totals[0] == 0
    smoothed[:, unseen] = 1.0
    totals[:, unseen] = smoothed.shape[0]
    return smoothed / totals

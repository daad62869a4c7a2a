"""Adds the pseudo-count with `counts += k` on a float array: the caller's counts are changed."""

import numpy as np

CAUGHT_BY = ["counts_are_not_modified"]


def next_token_probs(counts, smoothing=1.0):
    if smoothing < 0:
        raise ValueError("negative smoothing")
    if counts.dtype.kind != "f":
        counts = counts.astype(np.float64)
    counts += smoothing
    totals = counts.sum(axis=1, keepdims=True)
    unseen = totals[:, 0] == 0
    out = counts / np.where(totals == 0, 1.0, totals)
    out[unseen] = 1.0 / counts.shape[1]
    return out

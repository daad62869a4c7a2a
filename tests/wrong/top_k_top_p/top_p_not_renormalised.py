"""Zeroes the tail but forgets to renormalise, so the result sums to less than 1."""

import numpy as np

CAUGHT_BY = ["top_p_keeps_the_smallest_set_reaching_p", "top_p_always_keeps_the_most_likely"]


def top_p_filter(probs, p):
    if not 0 < p <= 1:
        raise ValueError("p must be in (0, 1]")
    probs = np.asarray(probs, dtype=np.float64)
    order = np.argsort(-probs, kind="stable")
    n_keep = int(np.searchsorted(np.cumsum(probs[order]), p - 1e-12)) + 1
    kept = np.zeros_like(probs)
    kept[order[:n_keep]] = probs[order[:n_keep]]
    return kept

"""Keeps tokens until the total is strictly above p: reaching p exactly keeps one token too many."""

import numpy as np

CAUGHT_BY = ["top_p_keeps_the_smallest_set_reaching_p"]


def top_p_filter(probs, p):
    if not 0 < p <= 1:
        raise ValueError("p must be in (0, 1]")
    probs = np.asarray(probs, dtype=np.float64)
    order = np.argsort(-probs, kind="stable")
    cumulative = np.cumsum(probs[order])
    n_keep = int(np.searchsorted(cumulative, p, side="right")) + 1
    kept = np.zeros_like(probs)
    kept[order[:n_keep]] = probs[order[:n_keep]]
    return kept / kept.sum()

"""Keeps only the tokens whose running total stays below p, dropping the one that reaches it."""

import numpy as np

CAUGHT_BY = ["top_p_keeps_the_smallest_set_reaching_p", "top_p_always_keeps_the_most_likely"]


def top_p_filter(probs, p):
    if not 0 < p <= 1:
        raise ValueError("p must be in (0, 1]")
    probs = np.asarray(probs, dtype=np.float64)
    order = np.argsort(-probs, kind="stable")
    keep = order[np.cumsum(probs[order]) < p]
    kept = np.zeros_like(probs)
    kept[keep] = probs[keep]
    total = kept.sum()
    return kept / total if total > 0 else kept

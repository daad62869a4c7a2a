"""Keeps every logit at least as large as the k-th largest: with ties, more than k survive."""

import numpy as np

CAUGHT_BY = ["top_k_keeps_exactly_k"]


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    logits = np.asarray(logits, dtype=np.float64)
    threshold = np.sort(logits)[::-1][min(k, len(logits)) - 1]
    return np.where(logits >= threshold, logits, -np.inf)

"""Writes -inf into the caller's logits array instead of a copy."""

import numpy as np

CAUGHT_BY = ["top_k_leaves_its_input_alone"]


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    order = np.argsort(-logits, kind="stable")
    logits[order[k:]] = -np.inf
    return logits

"""Divides by the sample standard deviation (ddof=1) instead of the population one: (1, 0, 0, 0) gives 1.5."""

import numpy as np

CAUGHT_BY = ["advantages_match_the_reference", "advantages_are_centred_scaled_and_keep_the_order"]


def group_advantages(rewards):
    r = np.asarray(rewards, dtype=np.float64)
    if r.size == 0:
        raise ValueError("empty group")
    if r.max() == r.min():
        return np.zeros_like(r)
    return (r - r.mean()) / (r.std(ddof=1) + 1e-8)

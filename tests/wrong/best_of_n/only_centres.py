"""Subtracts the group mean but forgets to divide by the standard deviation."""

import numpy as np

CAUGHT_BY = ["advantages_match_the_reference", "rescaling_the_rewards_changes_nothing"]


def group_advantages(rewards):
    r = np.asarray(rewards, dtype=np.float64)
    if r.size == 0:
        raise ValueError("empty group")
    if r.max() == r.min():
        return np.zeros_like(r)
    return r - r.mean()

"""Trusts the 1e-8 to handle equal rewards: r - mean is then a rounding error like 1.4e-17, which
divided by 1e-8 gives -1.4e-9 rather than exactly 0."""

import numpy as np

CAUGHT_BY = ["equal_rewards_give_exactly_zero"]


def group_advantages(rewards):
    r = np.asarray(rewards, dtype=np.float64)
    if r.size == 0:
        raise ValueError("empty group")
    return (r - r.mean()) / (r.std() + 1e-8)

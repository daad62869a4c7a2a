"""Subtracts the arrays without checking their shapes: numpy broadcasts one reward against many."""

import numpy as np

CAUGHT_BY = ["mismatched_or_empty_rewards_raise_value_error"]


def pairwise_loss(r_chosen, r_rejected):
    margin = np.asarray(r_chosen, dtype=float) - np.asarray(r_rejected, dtype=float)
    return float(np.mean(np.logaddexp(0.0, -margin)))


def pairwise_loss_grad(r_chosen, r_rejected):
    margin = np.asarray(r_chosen, dtype=float) - np.asarray(r_rejected, dtype=float)
    push = np.exp(-np.logaddexp(0.0, margin)) / max(margin.size, 1)
    return -push, push

"""Computes log(1 + exp(-m)) directly: exp(1e4) overflows, so a badly wrong pair gives an infinite loss."""

import numpy as np

CAUGHT_BY = ["huge_margins_give_finite_exact_losses"]


def pairwise_loss(r_chosen, r_rejected):
    margin = _margins(r_chosen, r_rejected)
    return float(np.mean(np.log(1.0 + np.exp(-margin))))

"""Sums the pair losses and gradients instead of averaging them: right for one pair, N times too big otherwise."""

import numpy as np

CAUGHT_BY = ["loss_matches_the_reference", "gradient_matches_the_reference", "gradient_has_the_right_sign_and_size",
             "training_matches_the_reference"]


def pairwise_loss(r_chosen, r_rejected):
    margin = _margins(r_chosen, r_rejected)
    return float(np.sum(np.logaddexp(0.0, -margin)))


def pairwise_loss_grad(r_chosen, r_rejected):
    margin = _margins(r_chosen, r_rejected)
    push = np.exp(-np.logaddexp(0.0, margin))
    return -push, push

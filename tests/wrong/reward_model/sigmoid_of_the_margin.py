"""Takes sigmoid(m) for the gradient instead of sigmoid(-m) = 1 - sigmoid(m): confident pairs push hardest."""

import numpy as np

CAUGHT_BY = ["gradient_matches_the_reference", "gradient_agrees_with_finite_differences",
             "training_matches_the_reference"]


def pairwise_loss_grad(r_chosen, r_rejected):
    margin = _margins(r_chosen, r_rejected)
    push = np.exp(-np.logaddexp(0.0, -margin)) / margin.size
    return -push, push

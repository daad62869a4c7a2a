"""Uses r_rejected - r_chosen as the margin, so the model is rewarded for preferring the rejected response."""

import numpy as np

CAUGHT_BY = ["loss_matches_the_reference", "only_the_margin_matters_and_a_bigger_one_costs_less",
             "gradient_matches_the_reference", "the_trained_model_ranks_new_pairs_correctly"]


def pairwise_loss(r_chosen, r_rejected):
    margin = _margins(r_rejected, r_chosen)
    return float(np.mean(np.logaddexp(0.0, -margin)))


def pairwise_loss_grad(r_chosen, r_rejected):
    margin = _margins(r_rejected, r_chosen)
    push = np.exp(-np.logaddexp(0.0, margin)) / margin.size
    return push, -push

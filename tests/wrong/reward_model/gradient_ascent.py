"""Adds the gradient to w instead of subtracting it: the loss climbs and the ranking comes out backwards."""

import numpy as np

CAUGHT_BY = ["training_matches_the_reference", "each_step_lowers_the_training_loss",
             "the_trained_model_ranks_new_pairs_correctly"]


def train_linear_reward_model(phi_chosen, phi_rejected, lr, steps):
    phi_c = np.asarray(phi_chosen, dtype=np.float64)
    phi_r = np.asarray(phi_rejected, dtype=np.float64)
    w = np.zeros(phi_c.shape[1])
    for _ in range(steps):
        g_c, g_r = pairwise_loss_grad(phi_c @ w, phi_r @ w)
        w = w + lr * (phi_c.T @ g_c + phi_r.T @ g_r)
    return w

"""Backpropagates only through r_chosen = phi_chosen @ w and drops the phi_rejected.T @ g_r term."""

import numpy as np

CAUGHT_BY = ["training_matches_the_reference"]


def train_linear_reward_model(phi_chosen, phi_rejected, lr, steps):
    phi_c = np.asarray(phi_chosen, dtype=np.float64)
    phi_r = np.asarray(phi_rejected, dtype=np.float64)
    w = np.zeros(phi_c.shape[1])
    for _ in range(steps):
        g_c, _ = pairwise_loss_grad(phi_c @ w, phi_r @ w)
        w = w - lr * (phi_c.T @ g_c)
    return w

"""A correct variant: softplus and sigmoid written with a sign split, and training on feature differences.

Because r_c - r_r = (phi_c - phi_r) @ w, the gradient of the mean loss with respect to w is
(phi_c - phi_r).T @ g_c, a single matrix product.
"""

import numpy as np


def _margins(r_chosen, r_rejected):
    r_c = np.array(r_chosen, dtype=np.float64, ndmin=1)
    r_r = np.array(r_rejected, dtype=np.float64, ndmin=1)
    if r_c.shape != r_r.shape or r_c.ndim != 1 or len(r_c) == 0:
        raise ValueError("r_chosen and r_rejected must be 1-D of one length N >= 1")
    return r_c - r_r


def _softplus(x):
    # log(1 + e^x) = max(x, 0) + log1p(e^-|x|): the exponent is never positive
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def _sigmoid(x):
    out = np.empty_like(x)
    pos = x >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    e = np.exp(x[~pos])
    out[~pos] = e / (1.0 + e)
    return out


def pairwise_loss(r_chosen, r_rejected):
    m = _margins(r_chosen, r_rejected)
    return float(_softplus(-m).sum() / len(m))


def pairwise_loss_grad(r_chosen, r_rejected):
    m = _margins(r_chosen, r_rejected)
    g = (_sigmoid(m) - 1.0) / len(m)
    return g, -g


def train_linear_reward_model(phi_chosen, phi_rejected, lr, steps):
    phi_c = np.asarray(phi_chosen, dtype=np.float64)
    phi_r = np.asarray(phi_rejected, dtype=np.float64)
    if phi_c.shape != phi_r.shape:
        raise ValueError("phi_chosen and phi_rejected must have one shape")
    diff = phi_c - phi_r
    w = np.zeros(phi_c.shape[1])
    for _ in range(steps):
        g, _ = pairwise_loss_grad(diff @ w, np.zeros(len(diff)))
        w -= lr * (diff.T @ g)
    return w

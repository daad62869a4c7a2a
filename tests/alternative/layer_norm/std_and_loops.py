"""Correct, written differently: one vector at a time, with np.std and a multiply by 1/sqrt."""

import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.array(x, dtype=np.float64)
    flat = x.reshape(-1, x.shape[-1])
    out = np.empty_like(flat)
    for i, row in enumerate(flat):
        centred = row - np.sum(row) / len(row)
        inv = 1.0 / np.sqrt(np.std(row) ** 2 + eps)
        out[i] = centred * inv
    return np.asarray(gamma) * out.reshape(x.shape) + np.asarray(beta)

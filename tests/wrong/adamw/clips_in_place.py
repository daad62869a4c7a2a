"""Scales the caller's arrays in place (g *= scale) and accepts max_norm <= 0."""

import numpy as np

CAUGHT_BY = ["clip_leaves_grads_unchanged_and_refuses_a_bad_max_norm"]


def clip_grad_norm(grads, max_norm):
    norm = float(np.sqrt(sum(np.sum(g**2) for g in grads.values())))
    if norm > max_norm:
        for g in grads.values():
            g *= max_norm / norm
    return dict(grads), norm

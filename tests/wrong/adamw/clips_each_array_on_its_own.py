"""Clips every array to max_norm separately: each array keeps a norm up to max_norm, the whole gradient
can exceed it, and its direction changes."""

import numpy as np

CAUGHT_BY = ["clip_grad_norm_matches_the_reference", "clipping_keeps_the_direction"]


def clip_grad_norm(grads, max_norm):
    if max_norm <= 0:
        raise ValueError("max_norm must be > 0")
    total = float(np.sqrt(sum(np.sum(g**2) for g in grads.values())))
    clipped = {}
    for name, g in grads.items():
        norm = float(np.linalg.norm(g))
        clipped[name] = g * (max_norm / norm) if norm > max_norm else g.copy()
    return clipped, total

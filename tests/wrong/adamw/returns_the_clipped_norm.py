"""Returns the norm after clipping instead of before: the log would never show a gradient spike."""

import numpy as np

CAUGHT_BY = ["clip_grad_norm_matches_the_reference"]


def clip_grad_norm(grads, max_norm):
    if max_norm <= 0:
        raise ValueError("max_norm must be > 0")
    norm = float(np.sqrt(sum(np.sum(g**2) for g in grads.values())))
    scale = max_norm / norm if norm > max_norm else 1.0
    return {name: g * scale for name, g in grads.items()}, norm * scale

"""Always multiplies by max_norm / norm, so a short gradient is stretched up to max_norm (and zeros give NaN)."""

import numpy as np

CAUGHT_BY = ["a_short_gradient_is_left_as_it_is"]


def clip_grad_norm(grads, max_norm):
    if max_norm <= 0:
        raise ValueError("max_norm must be > 0")
    norm = float(np.sqrt(sum(np.sum(g**2) for g in grads.values())))
    with np.errstate(divide="ignore", invalid="ignore"):
        return {name: g * (max_norm / norm) for name, g in grads.items()}, norm

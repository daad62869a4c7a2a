"""Exponentiates the raw logits: exp(1000) overflows to inf and the probabilities become NaN."""

import numpy as np

CAUGHT_BY = ["large_logits_do_not_overflow"]


def softmax(logits, temperature=1.0):
    if temperature < 0:
        raise ValueError("negative temperature")
    z = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        greedy = np.zeros_like(z)
        np.put_along_axis(greedy, np.argmax(z, axis=-1)[..., None], 1.0, axis=-1)
        return greedy
    e = np.exp(z / temperature)
    return e / e.sum(axis=-1, keepdims=True)

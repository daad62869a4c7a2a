"""Divides the caller's array in place (`z /= T`), so the logits passed in are changed."""

import numpy as np

CAUGHT_BY = ["the_logits_are_not_modified"]


def softmax(logits, temperature=1.0):
    if temperature < 0:
        raise ValueError("negative temperature")
    if temperature == 0:
        z = np.asarray(logits, dtype=np.float64)
        greedy = np.zeros_like(z)
        np.put_along_axis(greedy, np.argmax(z, axis=-1)[..., None], 1.0, axis=-1)
        return greedy
    z = logits
    z /= temperature
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

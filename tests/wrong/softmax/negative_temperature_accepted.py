"""Accepts a negative temperature, which silently inverts the ranking of the tokens."""

import numpy as np

CAUGHT_BY = ["negative_temperature_raises_value_error"]


def softmax(logits, temperature=1.0):
    z = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        greedy = np.zeros_like(z)
        np.put_along_axis(greedy, np.argmax(z, axis=-1)[..., None], 1.0, axis=-1)
        return greedy
    z = z / temperature
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

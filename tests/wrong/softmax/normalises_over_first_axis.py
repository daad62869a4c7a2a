"""Sums over axis 0 instead of the last axis: right for one row, wrong for a batch of rows."""

import numpy as np

CAUGHT_BY = ["softmax_matches_the_reference_at_temperature_one", "rows_are_probability_distributions"]


def softmax(logits, temperature=1.0):
    if temperature < 0:
        raise ValueError("negative temperature")
    z = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        greedy = np.zeros_like(z)
        np.put_along_axis(greedy, np.argmax(z, axis=-1)[..., None], 1.0, axis=-1)
        return greedy
    z = z / temperature
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)

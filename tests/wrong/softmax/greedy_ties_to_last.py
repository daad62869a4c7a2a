"""At temperature 0 picks the last of several tied maxima instead of the first."""

import numpy as np

CAUGHT_BY = ["temperature_zero_is_greedy_with_ties_to_the_first", "sample_at_temperature_zero_is_the_argmax"]


def _last_argmax(z):
    flipped = np.flip(z, axis=-1)
    return z.shape[-1] - 1 - np.argmax(flipped, axis=-1)


def softmax(logits, temperature=1.0):
    if temperature < 0:
        raise ValueError("negative temperature")
    z = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        greedy = np.zeros_like(z)
        np.put_along_axis(greedy, _last_argmax(z)[..., None], 1.0, axis=-1)
        return greedy
    z = z / temperature
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

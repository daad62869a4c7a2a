"""Multiplies the logits by the temperature instead of dividing: sharpens when it should flatten."""

import numpy as np

CAUGHT_BY = ["sampling_matches_the_seeded_draws"]


def _softmax(logits, temperature):
    z = np.asarray(logits, dtype=np.float64) * temperature
    e = np.exp(z - z.max())
    return e / e.sum()

"""Never checks d: an odd d silently gets a last sine column with no cosine partner."""

import numpy as np

CAUGHT_BY = ["encoding_rejects_an_odd_width_or_a_negative_length"]


def sinusoidal_positional_encoding(T, d, base=10000.0):
    angles = np.arange(T)[:, None] / base ** (2 * (np.arange(d) // 2) / d)
    pe = np.sin(angles)
    pe[:, 1::2] = np.cos(angles[:, 1::2])
    return pe

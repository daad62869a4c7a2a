"""Puts all the sines in the first half of the columns and all the cosines in the second half
(np.concatenate) instead of interleaving them: PE[0] becomes [0, 0, 1, 1]."""

import numpy as np

CAUGHT_BY = ["encoding_matches_the_formula", "encoding_is_made_of_unit_sin_cos_pairs"]


def sinusoidal_positional_encoding(T, d, base=10000.0):
    if T < 0 or d < 2 or d % 2 or base <= 0:
        raise ValueError("bad T, d or base")
    angles = np.arange(T)[:, None] / base ** (2 * np.arange(d // 2) / d)
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1)

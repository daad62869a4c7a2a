"""Uses base ** (i / d) with the pair index i, forgetting the 2: the wavelengths grow too slowly."""

import numpy as np

CAUGHT_BY = ["encoding_matches_the_formula", "encoding_uses_the_base"]


def sinusoidal_positional_encoding(T, d, base=10000.0):
    if T < 0 or d < 2 or d % 2 or base <= 0:
        raise ValueError("bad T, d or base")
    angles = np.arange(T)[:, None] / base ** (np.arange(d // 2) / d)
    pe = np.empty((T, d))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe

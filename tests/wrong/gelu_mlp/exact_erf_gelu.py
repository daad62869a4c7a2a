"""Uses the exact GELU, x * Phi(x) with erf, not the tanh approximation GPT-2 uses (off by up to 4.7e-4)."""

import math

import numpy as np

CAUGHT_BY = ["gelu_matches_the_reference", "mlp_matches_the_reference"]


def gelu(x):
    x = np.asarray(x, dtype=np.float64)
    return 0.5 * x * (1.0 + np.vectorize(math.erf, otypes=[float])(x / math.sqrt(2.0)))

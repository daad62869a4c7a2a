"""Returns a . b / (|a| |b|) without clipping, so cos(a, a) can come out as 1.0000000000000002."""

import numpy as np

CAUGHT_BY = ["cosine_is_an_angle"]


def cosine_similarity(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError("shape mismatch")
    norm_a, norm_b = np.linalg.norm(a), np.linalg.norm(b)
    if norm_a == 0 or norm_b == 0:
        raise ValueError("zero vector")
    return float(a @ b / (norm_a * norm_b))

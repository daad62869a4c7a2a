"""Divides without looking at the norms: a zero vector gives NaN instead of raising ValueError."""

import numpy as np

CAUGHT_BY = ["cosine_rejects_zero_vectors_and_mismatched_shapes"]


def cosine_similarity(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError("shape mismatch")
    with np.errstate(invalid="ignore", divide="ignore"):
        return float(np.clip(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)), -1.0, 1.0))

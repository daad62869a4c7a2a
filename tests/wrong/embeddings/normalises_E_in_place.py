"""Normalises the rows with `E /= norms`, which rescales the caller's embedding matrix."""

import numpy as np

CAUGHT_BY = ["nearest_and_analogy_leave_their_inputs_unchanged"]


def nearest(E, query, k, exclude=()):
    query = np.asarray(query, dtype=np.float64)
    if k < 0:
        raise ValueError("negative k")
    query_norm = np.linalg.norm(query)
    if query_norm == 0:
        raise ValueError("zero query")
    norms = np.linalg.norm(E, axis=1, keepdims=True)
    E /= np.where(norms == 0, 1.0, norms)
    scores = E @ query / query_norm
    candidates = [i for i in range(len(E)) if i not in set(exclude)]
    candidates.sort(key=lambda i: -scores[i])
    return candidates[:k]

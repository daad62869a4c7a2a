"""Takes the k best rows first and only then drops the excluded ones, so fewer than k come back."""

import numpy as np

CAUGHT_BY = ["nearest_skips_excluded_rows_and_returns_min_k_v"]


def nearest(E, query, k, exclude=()):
    E, query = np.asarray(E, dtype=np.float64), np.asarray(query, dtype=np.float64)
    if k < 0:
        raise ValueError("negative k")
    query_norm = np.linalg.norm(query)
    if query_norm == 0:
        raise ValueError("zero query")
    row_norms = np.linalg.norm(E, axis=1)
    scores = (E @ query) / (np.where(row_norms == 0, 1.0, row_norms) * query_norm)
    best = sorted(range(len(E)), key=lambda i: -scores[i])[:k]
    return [i for i in best if i not in exclude]

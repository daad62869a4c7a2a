"""Ranks the rows by the raw dot product with the query: long vectors win whatever their direction."""

import numpy as np

CAUGHT_BY = ["nearest_ranks_rows_by_cosine", "analogy_returns_the_nearest_other_word"]


def nearest(E, query, k, exclude=()):
    E, query = np.asarray(E, dtype=np.float64), np.asarray(query, dtype=np.float64)
    if k < 0 or not np.any(query):
        raise ValueError("bad k or zero query")
    scores = E @ query
    candidates = [i for i in range(len(E)) if i not in set(exclude)]
    candidates.sort(key=lambda i: -scores[i])
    return candidates[:k]

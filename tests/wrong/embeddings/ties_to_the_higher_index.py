"""Sorts ascending and reverses (np.argsort(scores)[::-1]): equal scores come out highest index first."""

import numpy as np

CAUGHT_BY = ["nearest_breaks_ties_by_the_lower_index"]


def nearest(E, query, k, exclude=()):
    E, query = np.asarray(E, dtype=np.float64), np.asarray(query, dtype=np.float64)
    if k < 0:
        raise ValueError("negative k")
    query_norm = np.linalg.norm(query)
    if query_norm == 0:
        raise ValueError("zero query")
    row_norms = np.linalg.norm(E, axis=1)
    scores = (E @ query) / (np.where(row_norms == 0, 1.0, row_norms) * query_norm)
    order = np.argsort(scores, kind="stable")[::-1]
    skip = set(exclude)
    return [int(i) for i in order if int(i) not in skip][:k]

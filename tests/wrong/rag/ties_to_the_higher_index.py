"""Sorts ascending and reverses: equal cosines come out highest index first."""

import numpy as np

CAUGHT_BY = ["ties_go_to_the_lower_index"]


def top_k_cosine(query, docs, k):
    if k < 0:
        raise ValueError("negative k")
    norms = np.linalg.norm(docs, axis=1) * np.linalg.norm(query)
    if np.any(norms == 0):
        raise ValueError("zero vector")
    cosines = docs @ query / norms
    return [int(i) for i in np.argsort(cosines, kind="stable")[::-1][:k]]

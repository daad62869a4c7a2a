"""Divides by a zero norm without complaint (NaN cosines, an arbitrary ranking) and lets a negative k
slice off the last documents instead of raising ValueError."""

import numpy as np

CAUGHT_BY = ["zero_vectors_and_negative_k_raise_value_error"]


def top_k_cosine(query, docs, k):
    with np.errstate(invalid="ignore", divide="ignore"):
        cosines = docs @ query / (np.linalg.norm(docs, axis=1) * np.linalg.norm(query))
    return [int(i) for i in np.argsort(-cosines, kind="stable")[:k]]

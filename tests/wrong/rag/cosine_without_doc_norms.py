"""Ranks by the dot product q . e without dividing by the document norms: long vectors win."""

import numpy as np

CAUGHT_BY = ["top_k_matches_the_reference", "scaling_the_vectors_changes_nothing"]


def top_k_cosine(query, docs, k):
    if k < 0:
        raise ValueError("negative k")
    if np.linalg.norm(query) == 0 or np.any(np.linalg.norm(docs, axis=1) == 0):
        raise ValueError("zero vector")
    scores = docs @ query / np.linalg.norm(query)
    return [int(i) for i in np.argsort(-scores, kind="stable")[:k]]

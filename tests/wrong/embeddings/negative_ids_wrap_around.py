"""Checks only the upper bound of the ids: -1 silently returns the last row instead of raising IndexError."""

import numpy as np

CAUGHT_BY = ["out_of_range_ids_raise_index_error"]


def embedding_lookup(E, ids):
    ids = np.asarray(ids, dtype=np.int64)
    if np.any(ids >= len(E)):
        raise IndexError("token id out of range")
    return E[ids]

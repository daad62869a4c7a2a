"""Returns E[ids] as it is: for a single int id that is a view of the row, so the reference
analogy's in-place `query -= ...` writes into E itself."""

import numpy as np

CAUGHT_BY = ["nearest_and_analogy_leave_their_inputs_unchanged"]


def embedding_lookup(E, ids):
    checked = np.asarray(ids)
    if np.any((checked < 0) | (checked >= len(E))):
        raise IndexError("token id out of range")
    return E[ids]

"""Draws starts below len(ids) - block_size - 1: the last possible window is never used."""

import numpy as np

CAUGHT_BY = ["batches_match_the_seeded_windows", "every_start_can_be_drawn"]


def get_batch(ids, block_size, batch_size, rng):
    ids = np.asarray(ids)
    if len(ids) <= block_size:
        raise ValueError("not enough tokens")
    starts = rng.integers(0, len(ids) - block_size - 1, size=batch_size)
    x = np.stack([ids[s:s + block_size] for s in starts])
    y = np.stack([ids[s + 1:s + block_size + 1] for s in starts])
    return x, y

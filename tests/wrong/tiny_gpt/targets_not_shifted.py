"""Returns the window itself as its targets: the model would learn to copy, not to predict."""

import numpy as np

CAUGHT_BY = ["batches_match_the_seeded_windows", "targets_are_the_inputs_shifted_by_one"]


def get_batch(ids, block_size, batch_size, rng):
    ids = np.asarray(ids)
    if len(ids) <= block_size:
        raise ValueError("not enough tokens")
    starts = rng.integers(0, len(ids) - block_size, size=batch_size)
    x = np.stack([ids[s:s + block_size] for s in starts])
    return x, x.copy()

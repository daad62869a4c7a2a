"""Shuffles the tokens before splitting: validation text leaks into training and the order is lost."""

import numpy as np

CAUGHT_BY = ["split_holds_out_the_end"]


def split_train_val(ids, val_fraction):
    if not 0 < val_fraction < 1:
        raise ValueError("val_fraction must be between 0 and 1")
    ids = np.random.default_rng(0).permutation(np.asarray(ids))
    n_train = len(ids) - round(len(ids) * val_fraction)
    return ids[:n_train], ids[n_train:]

"""Truncates len(ids) * val_fraction instead of rounding it, so the validation part is one token short."""

import numpy as np

CAUGHT_BY = ["split_holds_out_the_end"]


def split_train_val(ids, val_fraction):
    if not 0 < val_fraction < 1:
        raise ValueError("val_fraction must be between 0 and 1")
    ids = np.asarray(ids)
    n_train = len(ids) - int(len(ids) * val_fraction)
    return ids[:n_train].copy(), ids[n_train:].copy()

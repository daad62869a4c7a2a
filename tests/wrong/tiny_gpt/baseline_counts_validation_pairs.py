"""Counts the bigrams on the validation ids too: the baseline peeks at the answers and looks too good."""

import numpy as np

CAUGHT_BY = ["baseline_matches_the_reference", "baseline_without_training_data_is_log_vocab"]


def bigram_baseline_loss(train_ids, val_ids, vocab_size, smoothing=1.0):
    if smoothing <= 0 or len(val_ids) < 2:
        raise ValueError("bad arguments")
    ids = np.concatenate([np.asarray(train_ids), np.asarray(val_ids)])
    counts = np.full((vocab_size, vocab_size), float(smoothing))
    np.add.at(counts, (ids[:-1], ids[1:]), 1.0)
    probs = counts / counts.sum(axis=1, keepdims=True)
    return float(-np.log(probs[val_ids[:-1], val_ids[1:]]).mean())

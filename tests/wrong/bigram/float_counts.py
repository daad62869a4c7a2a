"""Counts into np.zeros((V, V)), whose default dtype is float64: counts should be integers."""

import numpy as np

CAUGHT_BY = ["counts_match_the_reference"]


def bigram_counts(token_ids, vocab_size):
    for token in token_ids:
        if not 0 <= token < vocab_size:
            raise ValueError(f"token id {token} is outside range({vocab_size})")
    counts = np.zeros((vocab_size, vocab_size))
    for current, following in zip(token_ids, token_ids[1:]):
        counts[current, following] += 1
    return counts

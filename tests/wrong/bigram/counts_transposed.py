"""Counts each pair into counts[next, current]: row a then holds what comes before a, not after it."""

import numpy as np

CAUGHT_BY = ["counts_match_the_reference", "counts_add_up_to_one_per_pair", "add_one_on_the_chapter_example"]


def bigram_counts(token_ids, vocab_size):
    for token in token_ids:
        if not 0 <= token < vocab_size:
            raise ValueError(f"token id {token} is outside range({vocab_size})")
    counts = np.zeros((vocab_size, vocab_size), dtype=np.int64)
    for current, following in zip(token_ids, token_ids[1:]):
        counts[following, current] += 1
    return counts

"""Never checks the ids: numpy's negative indexing silently counts id -1 into the last row."""

import numpy as np

CAUGHT_BY = ["ids_outside_the_vocabulary_raise_value_error"]


def bigram_counts(token_ids, vocab_size):
    counts = np.zeros((vocab_size, vocab_size), dtype=np.int64)
    for current, following in zip(token_ids, token_ids[1:]):
        counts[current, following] += 1
    return counts

"""Computes E[a] - E[b] + E[c] (the direction of the relation reversed) instead of E[b] - E[a] + E[c]."""

import numpy as np

CAUGHT_BY = ["analogy_returns_the_nearest_other_word", "man_is_to_king_as_woman_is_to_queen"]


def analogy(E, vocab, a, b, c):
    index = {word: i for i, word in enumerate(vocab)}
    for word in (a, b, c):
        if word not in index:
            raise KeyError(word)
    best = nearest(E, E[index[a]] - E[index[b]] + E[index[c]], k=1, exclude=[index[a], index[b], index[c]])
    if not best:
        raise ValueError("no word left")
    return vocab[best[0]]

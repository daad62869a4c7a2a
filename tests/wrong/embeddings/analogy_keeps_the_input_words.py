"""Forgets to exclude a, b and c: often the answer is b or c itself, since the query is built from them."""

import numpy as np

CAUGHT_BY = ["analogy_returns_the_nearest_other_word"]


def analogy(E, vocab, a, b, c):
    index = {word: i for i, word in enumerate(vocab)}
    query = E[index[b]] - E[index[a]] + E[index[c]]
    return vocab[nearest(E, query, k=1)[0]]

"""A bigram model without Python loops over the corpus: np.add.at to count, np.divide with `where`.

Chapter: "What an LLM is: a next-token generator".
"""

import numpy as np


def bigram_counts(token_ids: list[int], vocab_size: int) -> np.ndarray:
    ids = np.asarray(token_ids, dtype=np.int64).reshape(-1)
    if ids.size and (ids.min() < 0 or ids.max() >= vocab_size):
        raise ValueError("an id is outside the vocabulary")
    counts = np.zeros((vocab_size, vocab_size), dtype=np.int64)
    np.add.at(counts, (ids[:-1], ids[1:]), 1)  # unbuffered: repeated pairs all count
    return counts


def next_token_probs(counts: np.ndarray, smoothing: float = 1.0) -> np.ndarray:
    if smoothing < 0:
        raise ValueError("smoothing must be >= 0")
    vocab_size = counts.shape[1]
    numerators = counts + float(smoothing)
    totals = counts.sum(axis=1, keepdims=True) + smoothing * vocab_size
    uniform = np.full(counts.shape, 1.0 / vocab_size)
    return np.divide(numerators, totals, out=uniform, where=totals > 0)


def most_likely_next(probs: np.ndarray, token: int) -> int:
    row = np.asarray(probs)[token]
    return int(np.flatnonzero(row == row.max())[0])


def greedy_continue(probs: np.ndarray, start: int, steps: int) -> list[int]:
    if steps < 0:
        raise ValueError("steps must be >= 0")
    sequence = [start]
    while len(sequence) <= steps:
        sequence.append(most_likely_next(probs, sequence[-1]))
    return sequence

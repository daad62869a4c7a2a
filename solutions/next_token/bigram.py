"""The smallest language model: a bigram table of counts, turned into next-token probabilities.

A bigram model predicts the next token from the current token only. Training is counting: how often
does token b follow token a? Dividing each row of counts by its total gives P(next | current); adding
a small pseudo-count k to every cell first (add-k smoothing) keeps pairs never seen in training from
getting probability 0. Generating with the model is the autoregressive loop: pick a next token,
append it, repeat. Here we pick greedily, always the most likely one.

Chapter: "What an LLM is: a next-token generator", sections "A language model in a dozen lines" and
"Generating text: the autoregressive loop".
Only numpy and the standard library may be imported.
"""

import numpy as np


def bigram_counts(token_ids: list[int], vocab_size: int) -> np.ndarray:
    """Count how often each token follows each other token in `token_ids`.

    token_ids: a list of ints, each in range(vocab_size); it is not modified. An id outside that
        range (negative ones included) raises ValueError.
    vocab_size: V >= 1, the number of distinct token ids.
    Returns a new (V, V) int64 array with counts[a, b] = the number of positions i where
    token_ids[i] == a and token_ids[i + 1] == b. The counts add up to len(token_ids) - 1; a list
    with fewer than two ids gives all zeros.

    >>> bigram_counts([0, 1, 0, 1], 2)
    array([[0, 2],
           [1, 0]])
    >>> int(bigram_counts([2, 2, 2], 3)[2, 2])  # pairs overlap: (2, 2) occurs twice
    2
    """
    ### BEGIN SOLUTION
    for token in token_ids:
        if not 0 <= token < vocab_size:
            raise ValueError(f"token id {token} is outside range({vocab_size})")
    counts = np.zeros((vocab_size, vocab_size), dtype=np.int64)
    for current, following in zip(token_ids, token_ids[1:]):  # every (token, next token) pair
        counts[current, following] += 1
    return counts
    ### END SOLUTION


def next_token_probs(counts: np.ndarray, smoothing: float = 1.0) -> np.ndarray:
    """Turn bigram counts into next-token probabilities P(b | a), with add-k smoothing.

    counts: a (V, V) array of non-negative counts (ints or floats), as from `bigram_counts`. It is
        not modified.
    smoothing: the pseudo-count k >= 0 added to every cell before normalising, so
        probs[a, b] = (counts[a, b] + k) / (counts[a].sum() + k * V).
        k = 1 is add-one (Laplace) smoothing; with k > 0 every probability is > 0.
        k = 0 gives the plain frequencies counts[a, b] / counts[a].sum(). A row of zeros (a token
        never followed by anything) would then be 0 / 0: it becomes uniform, 1 / V everywhere, which
        is also the limit of add-k smoothing as k shrinks to 0.
        k < 0 raises ValueError.
    Returns a new (V, V) float64 array whose rows each sum to 1 (row a is P(next | current = a)).

    >>> next_token_probs(bigram_counts([0, 1, 0, 1], 2))  # P(1 | 0) = (2 + 1) / (2 + 2)
    array([[0.25      , 0.75      ],
           [0.66666667, 0.33333333]])
    >>> next_token_probs(np.array([[0, 2], [0, 0]]), smoothing=0)
    array([[0. , 1. ],
           [0.5, 0.5]])
    """
    ### BEGIN SOLUTION
    if smoothing < 0:
        raise ValueError(f"smoothing must be >= 0, got {smoothing}")
    smoothed = np.asarray(counts, dtype=np.float64) + smoothing  # a new array: counts stays as it was
    totals = smoothed.sum(axis=1, keepdims=True)
    unseen = totals[:, 0] == 0  # only possible when smoothing == 0
    smoothed[unseen] = 1.0
    totals[unseen] = smoothed.shape[1]
    return smoothed / totals
    ### END SOLUTION


def most_likely_next(probs: np.ndarray, token: int) -> int:
    """The id of the most likely token to follow `token`: the largest entry of row probs[token].

    probs: a (V, V) array of next-token probabilities, as from `next_token_probs`.
    token: the current token, an int in range(V).
    Returns a Python int. When several entries tie for largest, the smallest id wins.

    >>> most_likely_next(np.array([[0.25, 0.75], [0.5, 0.5]]), 0)
    1
    >>> most_likely_next(np.array([[0.25, 0.75], [0.5, 0.5]]), 1)  # a tie: the smaller id
    0
    """
    ### BEGIN SOLUTION
    return int(np.argmax(probs[token]))  # argmax returns the first of equal maxima
    ### END SOLUTION


def greedy_continue(probs: np.ndarray, start: int, steps: int) -> list[int]:
    """Generate greedily: from `start`, append the most likely next token, `steps` times.

    probs: a (V, V) array of next-token probabilities. start: an id in range(V).
    steps: how many tokens to generate, >= 0; a negative number raises ValueError.
    Returns a list of steps + 1 Python ints: start, then each token chosen by `most_likely_next`
    from the token before it. steps == 0 gives [start].

    >>> greedy_continue(np.array([[0.25, 0.75], [0.5, 0.5]]), 0, 4)
    [0, 1, 0, 1, 0]
    """
    ### BEGIN SOLUTION
    if steps < 0:
        raise ValueError(f"steps must be >= 0, got {steps}")
    out = [int(start)]
    for _ in range(steps):  # the autoregressive loop: each choice is fed back in
        out.append(most_likely_next(probs, out[-1]))
    return out
    ### END SOLUTION

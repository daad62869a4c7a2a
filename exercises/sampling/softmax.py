"""From logits to a token: softmax with temperature, and drawing a sample.

A language model's last layer gives one score (a logit) per vocabulary entry. Softmax turns the
scores into probabilities; temperature T reshapes them first (p = softmax(z / T)): T < 1 sharpens the
distribution, T > 1 flattens it, and T = 0 means "always take the most likely token" (greedy).

Chapter: "From logits to text", sections "Softmax", "Temperature" and "Sampling a token".
Only numpy and the standard library may be imported.
"""

import numpy as np


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Turn logits into probabilities over the last axis, after dividing them by `temperature`.

    logits: array-like of finite floats, shape (..., V) with V >= 1. It is not modified.
    temperature: T > 0 gives softmax(logits / T). T == 0 gives the greedy distribution: 1.0 at the
        largest logit of each row and 0.0 elsewhere; when several logits tie for largest, the first
        (lowest index) gets the 1.0. T < 0 raises ValueError.
    Returns a new float64 array of the same shape; each row along the last axis sums to 1.

    Must not overflow for any finite logits, however large (e.g. 1000.0 or -1e4): subtract each row's
    maximum before exponentiating; softmax(z) == softmax(z - c) for any constant c, so the answer
    does not change.

    >>> softmax(np.array([1.0, 2.0, 3.0])).round(4)
    array([0.09  , 0.2447, 0.6652])
    >>> softmax(np.array([1.0, 2.0, 3.0]), temperature=0.5).round(4)
    array([0.0159, 0.1173, 0.8668])
    >>> softmax(np.array([2.0, 5.0, 5.0]), temperature=0)
    array([0., 1., 0.])
    """
    raise NotImplementedError("softmax: write it, then run `llm-course grade softmax`")


def sample(logits: np.ndarray, rng: np.random.Generator, temperature: float = 1.0) -> int:
    """Draw one token id from softmax(logits, temperature), using `rng` for the randomness.

    logits: 1-D array of finite floats, shape (V,) with V >= 1.
    rng: a numpy Generator, e.g. np.random.default_rng(0). Taking it as an argument (instead of
        using a global) makes sampling repeatable: the same seed gives the same tokens.
    temperature: as in `softmax`; negative raises ValueError.
    Returns a Python int in range(V).

    The draw is pinned down so every correct solution returns the same id for the same rng:
    - T == 0: return the greedy id (the first index of the largest logit) and do not use rng at all.
    - T > 0: compute p = softmax(logits, temperature), draw u = rng.random() exactly once, and return
      the smallest i with u < p[0] + ... + p[i] (the inverse of the cumulative distribution). This is
      what rng.choice(V, p=p) does too.

    >>> sample(np.array([0.0, 10.0, 0.0]), np.random.default_rng(0), temperature=0)
    1
    >>> sample(np.array([1.0, 2.0, 3.0]), np.random.default_rng(0))  # u = 0.637 -> cumulative 0.09, 0.33, 1.0
    2
    """
    raise NotImplementedError("sample: write it, then run `llm-course grade softmax`")

"""A correct variant: max() with a key (which keeps the first of equal maxima), a comprehension for
rejection sampling, and a hand-written population standard deviation."""

import math

import numpy as np


def best_of_n(candidates, reward):
    if len(candidates) == 0:
        raise ValueError("best_of_n needs candidates")
    scores = [reward(text) for text in candidates]
    return candidates[max(range(len(candidates)), key=scores.__getitem__)]


def rejection_sample(problems, sample, verify, n):
    if n < 0:
        raise ValueError("n must be >= 0")
    attempts = ((problem, sample(problem, attempt)) for problem in problems for attempt in range(n))
    return [(problem, answer) for problem, answer in attempts if verify(problem, answer)]


def group_advantages(rewards):
    r = np.array(rewards, dtype=np.float64)
    if r.shape[0] == 0:
        raise ValueError("empty group")
    if np.all(r == r[0]):
        return np.zeros(len(r))
    centred = r - r.sum() / len(r)
    std = math.sqrt(float(np.dot(centred, centred)) / len(r))
    return centred * (1.0 / (std + 1e-8))

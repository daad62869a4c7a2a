"""Prints without end, and returns a huge array."""

import numpy as np


def softmax(logits, temperature=1.0):
    while True:
        print("spam " * 1000)


def sample(logits, rng, temperature=1.0):
    return np.zeros(60_000_000)

"""Samples from numpy's global random state instead of the rng passed in: not repeatable."""

import numpy as np

CAUGHT_BY = ["sample_draws_the_same_token_as_the_reference"]


def sample(logits, rng, temperature=1.0):
    if temperature == 0:
        return int(np.argmax(logits))
    return int(np.random.choice(len(logits), p=softmax(logits, temperature)))

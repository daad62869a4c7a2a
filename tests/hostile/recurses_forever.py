"""Recurses without a base case."""


def softmax(logits, temperature=1.0):
    return softmax(logits, temperature)


def sample(logits, rng, temperature=1.0):
    return sample(logits, rng, temperature)

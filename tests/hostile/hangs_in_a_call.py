"""Loops forever inside the graded function."""


def softmax(logits, temperature=1.0):
    while True:
        pass


def sample(logits, rng, temperature=1.0):
    while True:
        pass

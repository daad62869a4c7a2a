"""Allocates memory until something gives."""


def softmax(logits, temperature=1.0):
    hoard = []
    while True:
        hoard.append(bytearray(64 << 20))


def sample(logits, rng, temperature=1.0):
    return [0] * (10**10)

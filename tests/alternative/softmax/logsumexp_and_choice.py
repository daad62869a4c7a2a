"""Correct, written differently: log-softmax via logsumexp, and rng.choice for the draw."""

import numpy as np


def softmax(logits, temperature=1.0):
    if temperature < 0:
        raise ValueError("temperature must be non-negative")
    z = np.array(logits, dtype=np.float64)
    if temperature == 0:
        return (np.arange(z.shape[-1]) == np.argmax(z, axis=-1)[..., None]).astype(np.float64)
    z = z * (1.0 / temperature)
    m = np.max(z, axis=-1, keepdims=True)
    log_norm = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return np.exp(z - log_norm)


def sample(logits, rng, temperature=1.0):
    if temperature == 0:
        return int(np.argmax(logits))
    return int(rng.choice(len(logits), p=softmax(logits, temperature)))

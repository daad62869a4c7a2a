"""Multiplies the logits by the temperature instead of dividing: T < 1 flattens instead of sharpening."""

import numpy as np

CAUGHT_BY = ["temperature_divides_the_logits", "sample_draws_the_same_token_as_the_reference"]


def softmax(logits, temperature=1.0):
    if temperature < 0:
        raise ValueError("negative temperature")
    z = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        greedy = np.zeros_like(z)
        np.put_along_axis(greedy, np.argmax(z, axis=-1)[..., None], 1.0, axis=-1)
        return greedy
    z = z * temperature
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)

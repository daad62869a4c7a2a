"""Ignores the temperature entirely when a filter is set (a common copy-paste slip)."""

import numpy as np

CAUGHT_BY = ["sample_next_matches_the_seeded_draw"]


def sample_next(logits, rng, temperature=1.0, top_k=None, top_p=None):
    if temperature < 0:
        raise ValueError("negative temperature")
    logits = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        return int(np.argmax(logits))
    z = logits if (top_k or top_p) else logits / temperature
    if top_k is not None:
        z = top_k_filter(z, top_k)
    probs = _softmax(z)
    if top_p is not None:
        probs = top_p_filter(probs, top_p)
    u = rng.random()
    return int(min(np.searchsorted(np.cumsum(probs), u, side="right"), np.flatnonzero(probs)[-1]))

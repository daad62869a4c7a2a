"""Applies top-p before top-k (and both on probabilities): a different distribution from the documented order."""

import numpy as np

CAUGHT_BY = ["sample_next_matches_the_seeded_draw"]


def sample_next(logits, rng, temperature=1.0, top_k=None, top_p=None):
    if temperature < 0:
        raise ValueError("negative temperature")
    logits = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        return int(np.argmax(logits))
    probs = _softmax(logits / temperature)
    if top_p is not None:
        probs = top_p_filter(probs, top_p)
    if top_k is not None:
        keep = np.argsort(-probs, kind="stable")[:top_k]
        mask = np.zeros_like(probs)
        mask[keep] = probs[keep]
        probs = mask / mask.sum()
    u = rng.random()
    return int(min(np.searchsorted(np.cumsum(probs), u, side="right"), np.flatnonzero(probs)[-1]))

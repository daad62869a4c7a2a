"""A correct top_k_top_p with sorted() and plain loops instead of argsort and searchsorted."""

import math

import numpy as np


def top_k_filter(logits, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    values = [float(v) for v in logits]
    ranked = sorted(range(len(values)), key=lambda i: (-values[i], i))
    keep = set(ranked[:k])
    return np.array([v if i in keep else -np.inf for i, v in enumerate(values)])


def top_p_filter(probs, p):
    if p <= 0 or p > 1:
        raise ValueError("p must be in (0, 1]")
    values = [float(v) for v in probs]
    ranked = sorted(range(len(values)), key=lambda i: (-values[i], i))
    kept, total = [], 0.0
    for i in ranked:
        kept.append(i)
        total += values[i]
        if total >= p - 1e-12:
            break
    out = np.zeros(len(values))
    for i in kept:
        out[i] = values[i] / total
    return out


def sample_next(logits, rng, temperature=1.0, top_k=None, top_p=None):
    if temperature < 0:
        raise ValueError("temperature must be >= 0")
    values = [float(v) for v in logits]
    if temperature == 0:
        return max(range(len(values)), key=lambda i: (values[i], -i))
    z = np.array(values) / temperature
    if top_k is not None:
        z = top_k_filter(z, top_k)
    top = max(z)
    weights = [math.exp(v - top) if v != -math.inf else 0.0 for v in z]
    probs = np.array(weights) / sum(weights)
    if top_p is not None:
        probs = top_p_filter(probs, top_p)
    u = rng.random()
    running, last = 0.0, 0
    for i, q in enumerate(probs):
        if q > 0:
            running += q
            last = i
            if u < running:
                return i
    return last

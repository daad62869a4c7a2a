"""Correct, written differently: one-hot lookup, normalise-then-dot cosine, a Python loop over rows
for nearest, and a masked argmax for analogy."""

import numpy as np


def embedding_lookup(E, ids):
    E = np.asarray(E, dtype=np.float64)
    ids = np.asarray(ids)
    if ids.size and (ids.min() < 0 or ids.max() >= E.shape[0]):
        raise IndexError("token id out of range")
    return np.eye(E.shape[0])[ids.astype(np.int64)] @ E


def cosine_similarity(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError("shapes differ")
    if not a.any() or not b.any():
        raise ValueError("zero vector")
    c = float(np.dot(a / np.linalg.norm(a), b / np.linalg.norm(b)))
    return max(-1.0, min(1.0, c))


def nearest(E, query, k, exclude=()):
    if k < 0:
        raise ValueError("k < 0")
    if not np.any(query):
        raise ValueError("zero query")
    scored = []
    for i, row in enumerate(E):
        if i in exclude:
            continue
        score = cosine_similarity(row, query) if np.any(row) else 0.0
        scored.append((-score, i))  # tuples sort by score, then by index: ties to the lower index
    return [i for _, i in sorted(scored)[:k]]


def analogy(E, vocab, a, b, c):
    ia, ib, ic = vocab.index(a) if a in vocab else None, vocab.index(b) if b in vocab else None, \
        vocab.index(c) if c in vocab else None
    if None in (ia, ib, ic):
        raise KeyError("unknown word")
    query = E[ib] - E[ia] + E[ic]
    qn = np.linalg.norm(query)
    if qn == 0:
        raise ValueError("zero query")
    norms = np.linalg.norm(E, axis=1)
    scores = np.divide(E @ query, norms * qn, out=np.zeros(len(E)), where=norms > 0)
    scores[[ia, ib, ic]] = -np.inf
    if len(set((ia, ib, ic))) == len(E):
        raise ValueError("no word left")
    return vocab[int(np.argmax(scores))]  # argmax returns the first maximum: ties to the lower index

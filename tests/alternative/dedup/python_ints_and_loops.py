"""Correct, written differently: hashlib-free loops with Python ints for MinHash, Counter-free sets,
and a dict of kept forms for exact dedup."""

import re
import zlib

import numpy as np

_P = 2**31 - 1


def normalize(text):
    return re.sub(r"\s+", " ", text.lower()).strip()


def exact_dedup(docs):
    first = {}
    for doc in docs:
        first.setdefault(normalize(doc), doc)
    return list(first.values())


def shingles(text, n=5):
    if n < 1:
        raise ValueError("n < 1")
    text = normalize(text)
    grams = set()
    for start in range(max(1, len(text) - n + 1)):
        if text:
            grams.add(text[start:start + n])
    return sorted(grams)


def jaccard(a, b):
    union = set(a) | set(b)
    return len(set(a) & set(b)) / len(union) if union else 1.0


def minhash_signature(text, num_perm=128, n=5, seed=0):
    if num_perm < 1:
        raise ValueError("num_perm < 1")
    hashes = [zlib.crc32(s.encode("utf-8")) for s in shingles(text, n)]
    rng = np.random.default_rng(seed)
    a = [int(x) for x in rng.integers(1, _P, size=num_perm)]
    b = [int(x) for x in rng.integers(0, _P, size=num_perm)]
    signature = [min(((ak * h + bk) % _P for h in hashes), default=_P) for ak, bk in zip(a, b)]
    return np.array(signature, dtype=np.uint64)


def estimate_jaccard(sig_a, sig_b):
    if len(sig_a) != len(sig_b) or np.ndim(sig_a) != np.ndim(sig_b):
        raise ValueError("shapes differ")
    return sum(int(x) == int(y) for x, y in zip(sig_a, sig_b)) / len(sig_a)


def near_dedup(docs, threshold=0.8, num_perm=128):
    kept, kept_signatures = [], []
    for i, doc in enumerate(docs):
        signature = minhash_signature(doc, num_perm)
        if not any(estimate_jaccard(signature, other) >= threshold for other in kept_signatures):
            kept.append(i)
            kept_signatures.append(signature)
    return kept

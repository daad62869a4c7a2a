"""Draws a single (a, b) and repeats it num_perm times: every entry is the same, so the estimate is 0 or 1."""

import zlib

import numpy as np

CAUGHT_BY = ["minhash_signature_follows_the_scheme", "minhash_estimates_the_jaccard_similarity"]


def minhash_signature(text, num_perm=128, n=5, seed=0):
    if num_perm < 1:
        raise ValueError("num_perm must be at least 1")
    hashes = [zlib.crc32(s.encode("utf-8")) for s in shingles(text, n)]
    rng = np.random.default_rng(seed)
    a = int(rng.integers(1, MERSENNE_PRIME))
    b = int(rng.integers(0, MERSENNE_PRIME))
    value = min(((a * h + b) % MERSENNE_PRIME for h in hashes), default=MERSENNE_PRIME)
    return np.full(num_perm, value, dtype=np.uint64)

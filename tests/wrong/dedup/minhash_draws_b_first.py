"""Draws b before a from the generator: a valid MinHash, but not the scheme the docstring pins down."""

import zlib

import numpy as np

CAUGHT_BY = ["minhash_signature_follows_the_scheme"]


def minhash_signature(text, num_perm=128, n=5, seed=0):
    if num_perm < 1:
        raise ValueError("num_perm must be at least 1")
    hashes = np.array([zlib.crc32(s.encode("utf-8")) for s in shingles(text, n)], dtype=np.uint64)
    rng = np.random.default_rng(seed)
    b = rng.integers(0, MERSENNE_PRIME, size=num_perm).astype(np.uint64)
    a = rng.integers(1, MERSENNE_PRIME, size=num_perm).astype(np.uint64)
    if hashes.size == 0:
        return np.full(num_perm, MERSENNE_PRIME, dtype=np.uint64)
    return ((a[:, None] * hashes[None, :] + b[:, None]) % np.uint64(MERSENNE_PRIME)).min(axis=1)

"""Deduplication: drop exact copies by hashing, and near-copies with shingles, Jaccard and MinHash.

The web repeats itself, and a model trained on many copies of a page wastes compute and learns to
recite it. Exact copies are found by normalising and hashing each document. Near-copies (the same
article with another date line) need a similarity: cut each document into overlapping character
n-grams ("shingles") and compare the sets with the Jaccard similarity |A & B| / |A | B|. MinHash
summarises each set by a short signature whose agreement rate estimates the Jaccard similarity,
which is how FineWeb compares billions of documents.

Chapter: "Pre-training data", section "Deduplication".
Only numpy and the standard library may be imported.
"""

import zlib
from collections.abc import Collection

import numpy as np

MERSENNE_PRIME = 2**31 - 1
"""The modulus of MinHash's hash functions. Products a * h with a < 2**31 and h < 2**32 stay below
2**63, so numpy's uint64 arithmetic never overflows."""


def normalize(text: str) -> str:
    """Lowercase `text` (str.lower) and collapse every run of whitespace into one space, stripped.

    >>> normalize("  The Cat\\n\\tSAT  ")
    'the cat sat'
    """
    raise NotImplementedError("normalize: write it, then run `llm-course grade dedup`")


def exact_dedup(docs: list[str]) -> list[str]:
    """Keep the first of every group of documents that are equal after `normalize`.

    docs: a list of str; it is not modified.
    Returns a new list of the kept documents, unchanged (not normalised), in their original order.

    >>> exact_dedup(["Hello  world", "b", "hello world", "B", "c"])
    ['Hello  world', 'b', 'c']
    """
    raise NotImplementedError("exact_dedup: write it, then run `llm-course grade dedup`")


def shingles(text: str, n: int = 5) -> list[str]:
    """The distinct character n-grams of normalize(text), sorted.

    Each shingle is normalize(text)[i:i + n] for i = 0, 1, ..., len - n. A normalised text shorter
    than n gives that whole text as its only shingle; an empty one ("" or only whitespace) gives
    no shingles at all. (The result is a sorted list rather than a set only because the grader
    cannot carry sets; treat it as a set.) n < 1 raises ValueError.

    >>> shingles("The cat", n=5)
    ['e cat', 'he ca', 'the c']
    >>> shingles("Hi", n=5), shingles("   ")
    (['hi'], [])
    """
    raise NotImplementedError("shingles: write it, then run `llm-course grade dedup`")


def jaccard(a: Collection[str], b: Collection[str]) -> float:
    """The Jaccard similarity |A & B| / |A | B| of the sets A = set(a) and B = set(b).

    a, b: any collections of str (sets, or lists such as `shingles` returns; repeats count once).
    Returns a Python float in [0, 1]. Two empty collections are identical sets, so their
    similarity is 1.0 (just as J(A, A) = 1 for every other A).

    >>> jaccard(["a", "b", "c"], ["b", "c", "d"])
    0.5
    >>> jaccard([], [])
    1.0
    """
    raise NotImplementedError("jaccard: write it, then run `llm-course grade dedup`")


def minhash_signature(text: str, num_perm: int = 128, n: int = 5, seed: int = 0) -> np.ndarray:
    """The MinHash signature of the shingles of `text`: shape (num_perm,), dtype uint64.

    The scheme, exactly (so that every correct solution gives the same numbers):
    1. Hash each shingle s of shingles(text, n) to h = zlib.crc32(s.encode("utf-8")), an int below 2**32.
    2. Draw the num_perm hash functions: rng = np.random.default_rng(seed), then
       a = rng.integers(1, MERSENNE_PRIME, size=num_perm) and, after it,
       b = rng.integers(0, MERSENNE_PRIME, size=num_perm) (default dtype int64; in that order).
    3. Entry k of the signature is the smallest (a[k] * h + b[k]) % MERSENNE_PRIME over all the
       shingles' h. Compute in uint64 (or Python ints): a[k] * h < 2**63, so nothing overflows.
    A text with no shingles has the signature MERSENNE_PRIME in every entry (a value no shingle can
    reach), so two empty texts agree everywhere and an empty and a non-empty text nowhere.
    num_perm < 1 raises ValueError; n < 1 raises ValueError (from shingles).

    Each hash function acts as a random shuffle of all possible shingles; entry k records which of
    the document's shingles comes first in shuffle k. Two documents agree in entry k with
    probability equal to the Jaccard similarity of their shingle sets.

    >>> minhash_signature("the cat sat on the mat", num_perm=4)
    array([170058289, 179498759,  39598078,  19381091], dtype=uint64)
    >>> minhash_signature("", num_perm=2)
    array([2147483647, 2147483647], dtype=uint64)
    """
    raise NotImplementedError("minhash_signature: write it, then run `llm-course grade dedup`")


def estimate_jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimate the Jaccard similarity as the fraction of entries where two signatures agree.

    sig_a, sig_b: MinHash signatures of the same shape (num_perm,); a different shape raises
    ValueError. Returns a Python float in [0, 1].

    >>> estimate_jaccard(np.array([1, 2, 3, 4]), np.array([1, 2, 0, 0]))
    0.5
    """
    raise NotImplementedError("estimate_jaccard: write it, then run `llm-course grade dedup`")


def near_dedup(docs: list[str], threshold: float = 0.8, num_perm: int = 128) -> list[int]:
    """Indices of the documents to keep after removing near-duplicates, in increasing order.

    Each document gets minhash_signature(doc, num_perm) (n = 5, seed = 0). The documents are visited
    in order; document i is kept unless estimate_jaccard with an already *kept* document is
    >= threshold. So the first of each group of near-duplicates is kept, and a dropped document
    never causes another one to be dropped. (This compares every pair, O(len(docs)**2); FineWeb
    avoids that by putting signatures into buckets, which this exercise leaves out.)

    >>> base = "the quick brown fox jumps over the lazy dog near the river bank"
    >>> near_dedup([base, base.replace("lazy", "sleepy"), "an entirely different sentence here"], threshold=0.5)
    [0, 2]
    """
    raise NotImplementedError("near_dedup: write it, then run `llm-course grade dedup`")

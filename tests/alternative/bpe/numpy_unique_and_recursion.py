"""Correct, written differently: pair counts with numpy (np.unique, ordered by first index), merges
found with a running best, each token's bytes expanded recursively, and encode by rank with a
sentinel instead of infinity."""

import numpy as np


def pair_counts(ids):
    if len(ids) < 2:
        return {}
    a = np.array(ids, dtype=np.int64)
    pairs = np.stack([a[:-1], a[1:]], axis=1)  # (n - 1, 2)
    unique, first, counts = np.unique(pairs, axis=0, return_index=True, return_counts=True)
    order = np.argsort(first)  # back to order of first occurrence
    return {(int(unique[k, 0]), int(unique[k, 1])): int(counts[k]) for k in order}


def merge(ids, pair, new_id):
    out, i = [], 0
    while i < len(ids):
        if ids[i:i + 2] == list(pair):
            out.append(new_id)
            i += 2
        else:
            out.append(ids[i])
            i += 1
    return out


def train(text, vocab_size):
    if vocab_size < 256:
        raise ValueError("vocab_size must be >= 256")
    ids = list(text.encode())
    merges = {}
    for new_id in range(256, vocab_size):
        best, best_count = None, 1
        for pair, count in pair_counts(ids).items():
            if count > best_count:  # strictly greater: the first of equal counts stays
                best, best_count = pair, count
        if best is None:
            break
        merges[best] = new_id
        ids = merge(ids, best, new_id)
    return merges


def vocab(merges):
    parts = {new_id: pair for pair, new_id in merges.items()}

    def expand(token):
        if token < 256:
            return bytes([token])
        a, b = parts[token]
        return expand(a) + expand(b)

    return {token: expand(token) for token in list(range(256)) + list(parts)}


def encode(text, merges):
    ids = list(text.encode())
    never = 256 + len(merges)  # larger than every rank
    while True:
        ranked = [(merges.get(p, never), p) for p in pair_counts(ids)]
        if not ranked:
            return ids
        rank, pair = min(ranked)
        if rank == never:
            return ids
        ids = merge(ids, pair, rank)


def decode(ids, merges):
    table = vocab(merges)
    unknown = [i for i in ids if i not in table]
    if unknown:
        raise ValueError(f"ids not in the vocabulary: {unknown}")
    return b"".join(map(table.__getitem__, ids)).decode(errors="replace")

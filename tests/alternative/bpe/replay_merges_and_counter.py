"""Correct, written differently: Counter for the pair counts, an explicit first-occurrence tie-break
in train, encode by replaying every merge in the order learned, and decode through a bytearray."""

from collections import Counter


def pair_counts(ids):
    # Counter keeps insertion order too; dict() makes it a plain dict for the grader.
    return dict(Counter(zip(ids, ids[1:])))


def merge(ids, pair, new_id):
    out = []
    skip = False
    for i, token in enumerate(ids):
        if skip:
            skip = False
        elif i + 1 < len(ids) and (token, ids[i + 1]) == tuple(pair):
            out.append(new_id)
            skip = True
        else:
            out.append(token)
    return out


def train(text, vocab_size):
    if vocab_size < 256:
        raise ValueError("vocab_size below 256")
    ids = list(text.encode("utf-8"))
    merges = {}
    while 256 + len(merges) < vocab_size and len(ids) > 1:
        first_seen = {}
        counts = Counter()
        for position, pair in enumerate(zip(ids, ids[1:])):
            first_seen.setdefault(pair, position)
            counts[pair] += 1
        pair = max(counts, key=lambda p: (counts[p], -first_seen[p]))
        if counts[pair] < 2:
            break
        new_id = 256 + len(merges)
        merges[pair] = new_id
        ids = merge(ids, pair, new_id)
    return merges


def vocab(merges):
    table = {i: bytes([i]) for i in range(256)}
    for pair, new_id in sorted(merges.items(), key=lambda item: item[1]):
        table[new_id] = b"".join(table[t] for t in pair)
    return table


def encode(text, merges):
    ids = list(text.encode("utf-8"))
    for pair, new_id in sorted(merges.items(), key=lambda item: item[1]):
        ids = merge(ids, pair, new_id)
    return ids


def decode(ids, merges):
    table = vocab(merges)
    out = bytearray()
    for i in ids:
        if i not in table:
            raise ValueError(f"unknown id {i}")
        out += table[i]
    return out.decode("utf-8", "replace")

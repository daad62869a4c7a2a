"""encode loops `while True` and calls min() on the pair counts, which are empty for "" and
one-byte texts: min() raises ValueError."""

CAUGHT_BY = ["encode_matches_the_reference", "decode_inverts_encode_on_any_text"]


def encode(text, merges):
    ids = list(text.encode("utf-8"))
    while True:
        counts = pair_counts(ids)
        pair = min(counts, key=lambda p: merges.get(p, float("inf")))
        if pair not in merges:
            break
        ids = merge(ids, pair, merges[pair])
    return ids

"""encode merges the pair that is most frequent in the text (among pairs that have a merge)
instead of the one learned first: with merges bc (256) then ab (258), "abcab" becomes [258, 99, 258]."""

CAUGHT_BY = ["encode_matches_the_reference"]


def encode(text, merges):
    ids = list(text.encode("utf-8"))
    while len(ids) >= 2:
        counts = pair_counts(ids)
        known = [p for p in counts if p in merges]
        if not known:
            break
        pair = max(known, key=counts.get)
        ids = merge(ids, pair, merges[pair])
    return ids

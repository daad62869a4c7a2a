"""train breaks ties by the largest pair, max(counts.items(), key=lambda kv: (kv[1], kv[0])),
instead of by first occurrence: on "abcabc" it merges (b, c) before (a, b)."""

CAUGHT_BY = ["train_breaks_ties_by_first_occurrence", "train_matches_the_reference"]


def train(text, vocab_size):
    if vocab_size < 256:
        raise ValueError("vocab_size must be at least 256")
    ids = list(text.encode("utf-8"))
    merges = {}
    for new_id in range(256, vocab_size):
        counts = pair_counts(ids)
        if not counts:
            break
        pair = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
        if counts[pair] < 2:
            break
        ids = merge(ids, pair, new_id)
        merges[pair] = new_id
    return merges

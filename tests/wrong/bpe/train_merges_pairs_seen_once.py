"""train keeps merging while any pair exists, even pairs that occur only once, so it never
stops early: train("aaabdaaabac", 1000) learns 7 merges instead of 3."""

CAUGHT_BY = ["train_learns_the_chapter_example", "train_matches_the_reference"]


def train(text, vocab_size):
    if vocab_size < 256:
        raise ValueError("vocab_size must be at least 256")
    ids = list(text.encode("utf-8"))
    merges = {}
    for new_id in range(256, vocab_size):
        counts = pair_counts(ids)
        if not counts:
            break
        pair = max(counts, key=counts.get)
        ids = merge(ids, pair, new_id)
        merges[pair] = new_id
    return merges

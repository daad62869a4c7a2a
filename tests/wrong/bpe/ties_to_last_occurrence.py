"""train keeps the last of the tied pairs (`>=` in a running maximum) instead of the first: in the
chapter example it merges ab before Za."""

CAUGHT_BY = [
    "train_learns_the_chapter_example",
    "train_breaks_ties_by_first_occurrence",
    "train_matches_the_reference",
]


def train(text, vocab_size):
    if vocab_size < 256:
        raise ValueError("vocab_size must be at least 256")
    ids = list(text.encode("utf-8"))
    merges = {}
    for new_id in range(256, vocab_size):
        counts = pair_counts(ids)
        if not counts:
            break
        best = 0
        for candidate, count in counts.items():
            if count >= best:
                pair, best = candidate, count
        if counts[pair] < 2:
            break
        ids = merge(ids, pair, new_id)
        merges[pair] = new_id
    return merges

"""train counts the pairs of the text once and never recounts: it merges the pairs in order of
their first counts, so a pair made with a new id (Za in the chapter) is never found."""

CAUGHT_BY = [
    "train_learns_the_chapter_example",
    "train_matches_the_reference",
    "train_breaks_ties_by_first_occurrence",
]


def train(text, vocab_size):
    if vocab_size < 256:
        raise ValueError("vocab_size must be at least 256")
    ids = list(text.encode("utf-8"))
    merges = {}
    counts = pair_counts(ids)
    ranked = sorted(counts, key=counts.get, reverse=True)
    for new_id, pair in zip(range(256, vocab_size), ranked):
        if counts[pair] < 2:
            break
        ids = merge(ids, pair, new_id)
        merges[pair] = new_id
    return merges

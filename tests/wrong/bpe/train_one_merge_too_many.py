"""train loops over range(256, vocab_size + 1) and so learns vocab_size - 255 merges, one more
than the vocabulary has room for."""

CAUGHT_BY = ["train_numbers_its_merges_from_256_up_to_vocab_size", "train_matches_the_reference"]


def train(text, vocab_size):
    if vocab_size < 256:
        raise ValueError("vocab_size must be at least 256")
    ids = list(text.encode("utf-8"))
    merges = {}
    for new_id in range(256, vocab_size + 1):
        counts = pair_counts(ids)
        if not counts:
            break
        pair = max(counts, key=counts.get)
        if counts[pair] < 2:
            break
        ids = merge(ids, pair, new_id)
        merges[pair] = new_id
    return merges

"""pair_counts loops over range(len(ids) - 2) and so never counts the last pair."""

CAUGHT_BY = ["pair_counts_counts_every_adjacent_pair", "train_matches_the_reference"]


def pair_counts(ids):
    counts = {}
    for i in range(len(ids) - 2):
        pair = (ids[i], ids[i + 1])
        counts[pair] = counts.get(pair, 0) + 1
    return counts

"""pair_counts returns its pairs sorted (dict(sorted(...))) instead of in order of first
occurrence, so train breaks ties towards the smallest pair."""

CAUGHT_BY = ["pair_counts_lists_pairs_in_order_of_first_occurrence", "train_breaks_ties_by_first_occurrence"]


def pair_counts(ids):
    counts = {}
    for pair in zip(ids, ids[1:]):
        counts[pair] = counts.get(pair, 0) + 1
    return dict(sorted(counts.items()))

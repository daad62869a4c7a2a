"""merge replaces overlapping occurrences: it finds every position where the pair starts, so
merging (1, 1) in [1, 1, 1] gives [256, 256] (three ids turned into two merged pairs)."""

CAUGHT_BY = [
    "merge_replaces_the_pair_left_to_right_without_overlap",
    "merge_returns_a_shorter_list_that_expands_back_to_the_input",
]


def merge(ids, pair, new_id):
    starts = [i for i in range(len(ids) - 1) if ids[i] == pair[0] and ids[i + 1] == pair[1]]
    covered = {j for i in starts for j in (i, i + 1)}
    out = []
    for i, token in enumerate(ids):
        if i in starts:
            out.append(new_id)
        elif i not in covered:
            out.append(token)
    return out

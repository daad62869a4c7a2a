"""merge works in place on the caller's list (del ids[i + 1]) and returns it, so the caller's
ids are changed."""

CAUGHT_BY = ["merge_returns_a_shorter_list_that_expands_back_to_the_input"]


def merge(ids, pair, new_id):
    i = 0
    while i < len(ids) - 1:
        if ids[i] == pair[0] and ids[i + 1] == pair[1]:
            ids[i] = new_id
            del ids[i + 1]
        i += 1
    return ids

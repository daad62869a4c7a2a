"""Works on the lists as given, so a repeated element is counted twice: jaccard(["a", "a", "b"], ["a"]) is not 0.5."""

CAUGHT_BY = ["jaccard_is_intersection_over_union"]


def jaccard(a, b):
    if not a and not b:
        return 1.0
    common = len([x for x in a if x in b])
    return common / (len(a) + len(b) - common)

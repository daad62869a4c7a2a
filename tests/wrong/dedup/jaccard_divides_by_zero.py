"""Divides by |A | B| without the empty case: two empty sets raise ZeroDivisionError instead of giving 1.0."""

CAUGHT_BY = ["jaccard_is_intersection_over_union"]


def jaccard(a, b):
    a, b = set(a), set(b)
    return len(a & b) / len(a | b)

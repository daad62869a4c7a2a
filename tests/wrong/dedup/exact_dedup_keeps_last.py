"""Builds {normalize(d): d}: the position of the first copy survives, but its text is overwritten by the last copy."""

CAUGHT_BY = ["exact_dedup_keeps_the_first_of_each_copy"]


def exact_dedup(docs):
    return list({normalize(doc): doc for doc in docs}.values())

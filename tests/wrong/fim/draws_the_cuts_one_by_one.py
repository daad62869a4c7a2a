"""Draws i first and then j from [i, len(doc)]: valid pieces, but not the specified draw, so not reproducible."""

CAUGHT_BY = ["make_fim_example_matches_the_reference"]


def make_fim_example(doc, rng):
    i = int(rng.integers(0, len(doc) + 1))
    j = int(rng.integers(i, len(doc) + 1))
    return doc[:i], doc[i:j], doc[j:]

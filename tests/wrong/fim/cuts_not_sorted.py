"""Forgets to sort the two cut positions: when i > j the middle is empty and characters are duplicated."""

CAUGHT_BY = ["make_fim_example_matches_the_reference", "the_three_pieces_rebuild_the_document"]


def make_fim_example(doc, rng):
    i, j = rng.integers(0, len(doc) + 1, size=2)
    return doc[:i], doc[i:j], doc[j:]

"""Draws cut positions with rng.integers(0, len(doc)): never cuts after the last character, and fails on ""."""

CAUGHT_BY = ["make_fim_example_matches_the_reference", "the_three_pieces_rebuild_the_document"]


def make_fim_example(doc, rng):
    i, j = sorted(rng.integers(0, len(doc), size=2))
    return doc[:i], doc[i:j], doc[j:]

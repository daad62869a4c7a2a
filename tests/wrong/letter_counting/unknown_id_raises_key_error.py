"""Looks ids up with vocab[i] and lets the KeyError escape instead of raising ValueError."""

CAUGHT_BY = ["token_pieces_rejects_an_unknown_id"]


def token_pieces(ids, vocab):
    return [vocab[i] for i in ids]

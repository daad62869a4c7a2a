"""decode looks ids up in the vocabulary without checking them, so an unknown id raises KeyError
(and a list-based table would even accept -1) instead of ValueError."""

CAUGHT_BY = ["decode_rejects_unknown_ids"]


def decode(ids, merges):
    table = vocab(merges)
    return b"".join(table[i] for i in ids).decode("utf-8", errors="replace")

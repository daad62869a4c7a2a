"""decode uses the default errors="strict", so ids that cut a character in half raise
UnicodeDecodeError instead of giving U+FFFD."""

CAUGHT_BY = ["decode_replaces_invalid_utf8"]


def decode(ids, merges):
    table = vocab(merges)
    for i in ids:
        if i not in table:
            raise ValueError(f"id {i} is not in the vocabulary")
    return b"".join(table[i] for i in ids).decode("utf-8")

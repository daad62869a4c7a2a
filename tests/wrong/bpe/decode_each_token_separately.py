"""decode decodes each token's bytes on its own and joins the strings, so a character split
across tokens (我 as [256, 145]) comes back as U+FFFD characters."""

CAUGHT_BY = ["decode_inverts_encode_on_any_text", "decode_replaces_invalid_utf8"]


def decode(ids, merges):
    table = vocab(merges)
    for i in ids:
        if i not in table:
            raise ValueError(f"id {i} is not in the vocabulary")
    return "".join(table[i].decode("utf-8", errors="replace") for i in ids)

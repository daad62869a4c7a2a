"""vocab builds each new id from its pair's ids as bytes, bytes([a, b]), which only works for
merges of two raw bytes and fails as soon as a merge uses a merged id (a or b >= 256)."""

CAUGHT_BY = ["vocab_joins_the_bytes_of_each_pair", "decode_inverts_encode_on_any_text"]


def vocab(merges):
    table = {i: bytes([i]) for i in range(256)}
    for (a, b), new_id in merges.items():
        table[new_id] = bytes([a, b])
    return table

"""Counts the continuation bytes from n - 1 instead of n - 2: every multi-byte character gets one
continuation byte too many (so a 4-byte character becomes 5 values) and a lead byte without its top bits."""

CAUGHT_BY = ["encode_matches_python", "encode_is_right_at_every_boundary",
             "encode_gives_one_to_four_bytes_per_character"]


def utf8_encode(text):
    lead_marker = {1: 0b00000000, 2: 0b11000000, 3: 0b11100000, 4: 0b11110000}
    out = []
    for ch in text:
        cp = ord(ch)
        n = utf8_seq_len(cp)
        if n == 1:
            out.append(cp)
            continue
        out.append(lead_marker[n] | (cp >> (6 * n)))
        for k in range(n - 1, -1, -1):
            out.append(0b10000000 | ((cp >> (6 * k)) & 0b111111))
    return out

"""Puts the 6 bits in each continuation byte but forgets the 10xxxxxx marker (the `0b10000000 |`)."""

CAUGHT_BY = ["encode_matches_python", "encode_gives_the_chapter_example", "encode_is_right_at_every_boundary"]


def utf8_encode(text):
    lead_marker = {1: 0b00000000, 2: 0b11000000, 3: 0b11100000, 4: 0b11110000}
    out = []
    for ch in text:
        cp = ord(ch)
        n = utf8_seq_len(cp)
        out.append(lead_marker[n] | (cp >> (6 * (n - 1))))
        for k in range(n - 2, -1, -1):
            out.append((cp >> (6 * k)) & 0b111111)
    return out

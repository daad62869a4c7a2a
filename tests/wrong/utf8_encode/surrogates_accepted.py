"""Only checks the range 0..0x10FFFF and forgets the surrogates U+D800-U+DFFF."""

CAUGHT_BY = ["seq_len_rejects_what_utf8_cannot_encode", "encode_rejects_a_lone_surrogate"]


def utf8_seq_len(codepoint):
    if not 0 <= codepoint <= 0x10FFFF:
        raise ValueError(f"{codepoint:#x} is outside the Unicode range")
    if codepoint < 0x80:
        return 1
    if codepoint < 0x800:
        return 2
    if codepoint < 0x10000:
        return 3
    return 4

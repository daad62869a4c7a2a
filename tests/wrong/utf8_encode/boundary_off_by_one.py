"""Uses <= instead of < at each boundary: U+0080, U+0800 and U+10000 get one byte too few."""

CAUGHT_BY = ["seq_len_follows_the_table", "seq_len_is_right_at_every_boundary", "encode_is_right_at_every_boundary"]


def utf8_seq_len(codepoint):
    if not 0 <= codepoint <= 0x10FFFF or 0xD800 <= codepoint <= 0xDFFF:
        raise ValueError(f"cannot encode {codepoint:#x}")
    if codepoint <= 0x80:
        return 1
    if codepoint <= 0x800:
        return 2
    if codepoint <= 0x10000:
        return 3
    return 4

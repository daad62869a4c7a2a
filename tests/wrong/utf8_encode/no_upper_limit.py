"""Rejects negatives and surrogates but gives 4 to anything above 0x10FFFF."""

CAUGHT_BY = ["seq_len_rejects_what_utf8_cannot_encode"]


def utf8_seq_len(codepoint):
    if codepoint < 0 or 0xD800 <= codepoint <= 0xDFFF:
        raise ValueError(f"cannot encode {codepoint:#x}")
    if codepoint < 0x80:
        return 1
    if codepoint < 0x800:
        return 2
    if codepoint < 0x10000:
        return 3
    return 4

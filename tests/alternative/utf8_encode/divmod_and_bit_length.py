"""UTF-8 with arithmetic instead of shifts: bit_length picks the band, divmod by 64 peels off 6 bits."""


def utf8_seq_len(codepoint: int) -> int:
    if codepoint < 0 or codepoint > 0x10FFFF or 0xD800 <= codepoint <= 0xDFFF:
        raise ValueError(f"U+{codepoint:X} cannot be encoded in UTF-8")
    bits = codepoint.bit_length()  # payload: 7, 11, 16 or 21 bits
    for length, capacity in ((1, 7), (2, 11), (3, 16)):
        if bits <= capacity:
            return length
    return 4


def utf8_encode(text: str) -> list[int]:
    result: list[int] = []
    for index, character in enumerate(text):
        value = ord(character)
        try:
            length = utf8_seq_len(value)
        except ValueError:
            raise ValueError(f"character {index} of the text cannot be encoded") from None
        if length == 1:
            result.append(value)
            continue
        tail = []
        for _ in range(length - 1):
            value, low = divmod(value, 64)
            tail.append(128 + low)
        lead = 256 - 2 ** (8 - length)  # 192, 224 or 240
        result.append(lead + value)
        result.extend(reversed(tail))
    return result

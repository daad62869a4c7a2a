"""Strict UTF-8 from RFC 3629's table of well-formed sequences: each lead byte allows a range for the
second byte, which rules out overlong forms, surrogates and code points above U+10FFFF up front."""

# lead byte range -> (sequence length, allowed range of the second byte)
_WELL_FORMED = [
    (0xC2, 0xDF, 2, 0x80, 0xBF),
    (0xE0, 0xE0, 3, 0xA0, 0xBF),
    (0xE1, 0xEC, 3, 0x80, 0xBF),
    (0xED, 0xED, 3, 0x80, 0x9F),
    (0xEE, 0xEF, 3, 0x80, 0xBF),
    (0xF0, 0xF0, 4, 0x90, 0xBF),
    (0xF1, 0xF3, 4, 0x80, 0xBF),
    (0xF4, 0xF4, 4, 0x80, 0x8F),
]


def _rule(lead: int):
    for low, high, length, second_low, second_high in _WELL_FORMED:
        if low <= lead <= high:
            return length, second_low, second_high
    return None


def utf8_decode(data: bytes) -> str:
    text = []
    position = 0
    while position < len(data):
        first = data[position]
        if first < 0x80:
            text.append(chr(first))
            position += 1
            continue
        rule = _rule(first)
        if rule is None:
            raise ValueError(f"position {position}: byte {first:#x} cannot start a character")
        length, second_low, second_high = rule
        chunk = data[position:position + length]
        for k, byte in enumerate(chunk[1:], start=1):
            low, high = (second_low, second_high) if k == 1 else (0x80, 0xBF)
            if not low <= byte <= high:
                raise ValueError(f"position {position}: ill-formed sequence {chunk.hex(' ')}")
        if len(chunk) < length:
            raise ValueError(f"position {position}: unexpected end of data")
        value = chunk[0] & (0x7F >> length)
        for byte in chunk[1:]:
            value = value * 64 + (byte - 0x80)
        text.append(chr(value))
        position += length
    return "".join(text)

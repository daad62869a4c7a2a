"""Never checks for overlong forms: C0 AF decodes to "/" and E0 80 80 to U+0000."""

CAUGHT_BY = ['overlong_forms_raise']


def utf8_decode(data):
    chars = []
    i = 0
    while i < len(data):
        lead = data[i]
        if lead >> 7 == 0b0:
            chars.append(chr(lead))
            i += 1
            continue
        if lead >> 5 == 0b110:
            n, cp = 2, lead & 0b11111
        elif lead >> 4 == 0b1110:
            n, cp = 3, lead & 0b1111
        elif lead >> 3 == 0b11110:
            n, cp = 4, lead & 0b111
        elif lead >> 6 == 0b10:
            raise ValueError(f"invalid UTF-8 at byte {i}: {lead:#04x} is a continuation byte with no lead byte")
        else:
            raise ValueError(f"invalid UTF-8 at byte {i}: {lead:#04x} never occurs in UTF-8")
        for j in range(i + 1, i + n):
            if j >= len(data):
                raise ValueError(f"invalid UTF-8 at byte {i}: the sequence is cut off after "
                                 f"{len(data) - i} of its {n} bytes")
            if data[j] >> 6 != 0b10:
                raise ValueError(f"invalid UTF-8 at byte {i}: byte {j} ({data[j]:#04x}) should be a "
                                 "continuation byte 10xxxxxx")
            cp = (cp << 6) | (data[j] & 0b111111)
        if 0xD800 <= cp <= 0xDFFF:
            raise ValueError(f"invalid UTF-8 at byte {i}: U+{cp:04X} is a surrogate")
        if cp > 0x10FFFF:
            raise ValueError(f"invalid UTF-8 at byte {i}: U+{cp:X} is above U+10FFFF")
        chars.append(chr(cp))
        i += n
    return "".join(chars)

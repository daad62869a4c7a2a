"""Takes the low 6 bits of whatever byte follows the lead, without checking that it is 10xxxxxx."""

CAUGHT_BY = ['a_bad_continuation_byte_raises']


def utf8_decode(data):
    smallest = {2: 0x80, 3: 0x800, 4: 0x10000}  # below these, fewer bytes would have done
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
            cp = (cp << 6) | (data[j] & 0b111111)
        if cp < smallest[n]:
            raise ValueError(f"invalid UTF-8 at byte {i}: overlong form of U+{cp:04X} in {n} bytes")
        if 0xD800 <= cp <= 0xDFFF:
            raise ValueError(f"invalid UTF-8 at byte {i}: U+{cp:04X} is a surrogate")
        if cp > 0x10FFFF:
            raise ValueError(f"invalid UTF-8 at byte {i}: U+{cp:X} is above U+10FFFF")
        chars.append(chr(cp))
        i += n
    return "".join(chars)

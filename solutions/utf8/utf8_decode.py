"""Strict UTF-8 decoding by hand: from bytes back to code points, rejecting every invalid sequence.

Decoding reads the UTF-8 table backwards. A lead byte's top bits say how many bytes the character has
(0xxxxxxx: 1, 110xxxxx: 2, 1110xxxx: 3, 11110xxx: 4) and its low bits start the code point; each
continuation byte (10xxxxxx) adds 6 more bits. A strict decoder also refuses byte sequences that the
pattern allows but UTF-8 forbids: overlong forms (a code point written with more bytes than it
needs), the surrogates U+D800-U+DFFF, and code points above U+10FFFF. This is what
bytes.decode("utf-8") does, without errors="replace".

Chapter: "Text to bytes: Unicode and UTF-8", sections "UTF-8" and "When bytes are not valid UTF-8".
Only numpy and the standard library may be imported.
"""


def utf8_decode(data: bytes) -> str:
    """Decode the UTF-8 bytes `data` into text, strictly, by bit operations.

    Write it with `>>`, `&`, `|` and `<<`, not with data.decode("utf-8") (the grader compares your
    answer with it, so using it teaches you nothing).
    data: a bytes object (iterating over it gives ints from 0 to 255). Empty data gives "".
    Returns the text, a str. It succeeds exactly when data.decode("utf-8") does, with the same text.

    Raises ValueError for invalid UTF-8, with a message that names the byte offset (0-based) where
    the invalid sequence starts, that is, its lead byte, or the stray byte itself:
      - a stray continuation byte (0x80-0xBF) where a character should start;
      - a byte that cannot start a character in any form: 0xF8-0xFF;
      - a truncated sequence: the data ends before all the continuation bytes announced by the lead;
      - a bad continuation: a byte that is not 10xxxxxx where one is needed;
      - an overlong form: a code point below 0x80 in 2 bytes (leads 0xC0, 0xC1), below 0x800 in 3
        bytes (0xE0 then 0x80-0x9F) or below 0x10000 in 4 bytes (0xF0 then 0x80-0x8F);
      - a surrogate, U+D800-U+DFFF (0xED then 0xA0-0xBF);
      - a code point above U+10FFFF (0xF4 then 0x90-0xBF, or the leads 0xF5-0xF7).

    >>> utf8_decode(bytes([77, 101, 230, 136, 145]))
    'Me我'
    >>> utf8_decode(b"ok\\xe6\\x88")
    Traceback (most recent call last):
      ...
    ValueError: invalid UTF-8 at byte 2: the sequence is cut off after 2 of its 3 bytes
    >>> utf8_decode(bytes([0xC0, 0xAF]))  # '/' (0x2F) written in 2 bytes
    Traceback (most recent call last):
      ...
    ValueError: invalid UTF-8 at byte 0: overlong form of U+002F in 2 bytes
    """
    ### BEGIN SOLUTION
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
            if data[j] >> 6 != 0b10:
                raise ValueError(f"invalid UTF-8 at byte {i}: byte {j} ({data[j]:#04x}) should be a "
                                 "continuation byte 10xxxxxx")
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
    ### END SOLUTION

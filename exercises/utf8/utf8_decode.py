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
    raise NotImplementedError("utf8_decode: write it, then run `llm-course grade utf8_decode`")

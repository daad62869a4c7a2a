"""UTF-8 encoding by hand: from code points to bytes with shifts and masks.

Every character is a Unicode code point, a number from 0 to 0x10FFFF. UTF-8 stores it in 1 to 4
bytes: the code point's range fixes the number of bytes, a lead byte announces that number
(0xxxxxxx, 110xxxxx, 1110xxxx or 11110xxx) and carries the top bits, and each continuation byte
(10xxxxxx) carries the next 6 bits. This file does with `>>`, `&` and `|` what str.encode("utf-8")
does, so that the table in the chapter becomes something you have built.

Chapter: "Text to bytes: Unicode and UTF-8", sections "UTF-8" and "Worked example: 我 by hand".
Only numpy and the standard library may be imported.
"""


def utf8_seq_len(codepoint: int) -> int:
    """How many bytes UTF-8 uses for `codepoint`: 1, 2, 3 or 4.

    codepoint: an int. U+0000-U+007F take 1 byte, U+0080-U+07FF 2, U+0800-U+FFFF 3 and
        U+10000-U+10FFFF 4.
    Raises ValueError for a number that UTF-8 cannot encode: a negative one, one above 0x10FFFF, or
        a surrogate, 0xD800-0xDFFF (those numbers are reserved for UTF-16 and are not characters).

    >>> [utf8_seq_len(ord(c)) for c in "Mé我😀"]
    [1, 2, 3, 4]
    >>> utf8_seq_len(0x7F), utf8_seq_len(0x80), utf8_seq_len(0xFFFF), utf8_seq_len(0x10000)
    (1, 2, 3, 4)
    """
    raise NotImplementedError("utf8_seq_len: write it, then run `llm-course grade utf8_encode`")


def utf8_encode(text: str) -> list[int]:
    """The UTF-8 bytes of `text`, as a list of ints from 0 to 255, computed with bit operations.

    Write it with `>>`, `&` and `|`, not with text.encode("utf-8") (the grader compares your answer
    with it, so using it teaches you nothing). Each character c, with code point cp = ord(c) taking
    n = utf8_seq_len(cp) bytes, gives:
      - n == 1: the single byte cp;
      - n >= 2: a lead byte, the marker 110xxxxx, 1110xxxx or 11110xxx with the top bits of cp,
        then n - 1 continuation bytes 10xxxxxx, each with the next 6 bits of cp, high bits first.
    An empty text gives []. A Python str can hold a lone surrogate ("\\ud800"); like
    text.encode("utf-8"), the function raises ValueError for it.

    >>> utf8_encode("Me我")
    [77, 101, 230, 136, 145]
    >>> utf8_encode("é😀")
    [195, 169, 240, 159, 152, 128]
    """
    raise NotImplementedError("utf8_encode: write it, then run `llm-course grade utf8_encode`")

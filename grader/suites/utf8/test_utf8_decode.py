"""Hidden checks for exercises/utf8/utf8_decode.py: strict UTF-8 decoding by bit operations.

Everything is exact. The ground truth is Python's strict decoder: where data.decode("utf-8")
succeeds, the learner must return the same str; where it raises, the learner must raise ValueError.
UTF-8 is unambiguous, so every correct strict decoder finds the same first invalid sequence, and
its start is UnicodeDecodeError.start: the offset the learner's message must name.

Random bytes are rarely valid UTF-8 and valid encodings never exercise the error paths, so most
checks start from a valid encoding and break it in one way (a byte changed, dropped, inserted, or
the end cut off), and each kind of invalid sequence the docstring lists is pinned by @example.
"""

import re

from hypothesis import example, given, strategies as st

from grader.checks import assert_equal, check, fail, raises
from grader.sandbox import LearnerRaised

BANDS = ((0x0, 0x7F), (0x80, 0x7FF), (0x800, 0xFFFF), (0x10000, 0x10FFFF))
LEAD_MARKER = {1: 0b00000000, 2: 0b11000000, 3: 0b11100000, 4: 0b11110000}

EDGES = (b"\x00", b"\x7f", b"\xc2\x80", b"\xdf\xbf", b"\xe0\xa0\x80", b"\xed\x9f\xbf", b"\xee\x80\x80",
         b"\xef\xbf\xbf", b"\xf0\x90\x80\x80", b"\xf4\x8f\xbf\xbf")
"""The smallest and largest valid sequence of each length, and the two sides of the surrogate gap."""


# --- inputs ------------------------------------------------------------------------------------

def texts(max_size: int = 8) -> st.SearchStrategy[str]:
    """Any text, or text whose characters all take the same number of UTF-8 bytes (4 too)."""
    banded = [st.text(st.characters(min_codepoint=lo, max_codepoint=hi, exclude_categories=("Cs",)),
                      max_size=max_size) for lo, hi in BANDS]
    return st.one_of(st.text(max_size=max_size), *banded)


def _pattern(cp: int, n: int) -> bytes:
    """`cp` put into the n-byte UTF-8 bit pattern, whether or not UTF-8 allows it (overlong, surrogate)."""
    out = [LEAD_MARKER[n] | (cp >> (6 * (n - 1)))]
    out += [0b10000000 | ((cp >> (6 * k)) & 0b111111) for k in range(n - 2, -1, -1)]
    return bytes(out)


@st.composite
def mutated_encodings(draw) -> bytes:
    """A valid encoding with one byte changed, dropped or inserted, or its end cut off."""
    data = bytearray(draw(texts(max_size=5)).encode("utf-8"))
    how = draw(st.sampled_from(["change", "drop", "insert", "cut"]))
    at = draw(st.integers(0, len(data)))
    byte = draw(st.one_of(st.integers(0x80, 0xBF), st.integers(0xC0, 0xFF), st.integers(0, 0x7F)))
    if how == "change" and at < len(data):
        data[at] = byte
    elif how == "drop" and at < len(data):
        del data[at]
    elif how == "insert":
        data.insert(at, byte)
    else:
        data = data[:at]
    return bytes(data)


def _python(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _agrees_with_python(learner, data: bytes) -> None:
    """The learner decodes `data` to Python's text, or raises ValueError where Python does."""
    expected = _python(data)
    if expected is None:
        with raises(ValueError, f"utf8_decode({data!r}) (not valid UTF-8)"):
            learner.utf8_decode(data)
    else:
        assert_equal(learner.utf8_decode(data), expected, f"utf8_decode({data!r})")


def _invalid(learner, data: bytes, why: str) -> None:
    with raises(ValueError, f"utf8_decode({data!r}) ({why})"):
        learner.utf8_decode(data)


# --- valid input -------------------------------------------------------------------------------

@check(points=3, section="utf8-encoding",
       hint="The lead byte's top bits give the length; keep its low bits, then cp = (cp << 6) | (byte & 0b111111).")
@given(text=texts())
@example(text="")
@example(text="é")
@example(text="我")
@example(text="😀")
def decoding_an_encoding_gives_the_text_back(learner, reference, text):
    """utf8_decode(text.encode("utf-8")) gives back the text, for any text"""
    assert_equal(learner.utf8_decode(text.encode("utf-8")), text, f"utf8_decode({text.encode('utf-8')!r})")


@check(points=1, section="worked-example")
def decodes_the_chapter_examples(learner, reference):
    """utf8_decode(bytes([77, 101, 230, 136, 145])) is "Me我", and 18 bytes give 今天天气很好"""
    assert_equal(learner.utf8_decode(bytes([77, 101, 230, 136, 145])), "Me我",
                 "utf8_decode(bytes([77, 101, 230, 136, 145]))")
    text = "今天天气很好"
    assert_equal(learner.utf8_decode(text.encode("utf-8")), text, f"utf8_decode({text.encode('utf-8')!r})")


@check(points=2, section="utf8-encoding",
       hint="The smallest legal value of each length (C2 80, E0 A0 80, F0 90 80 80) and the largest "
            "(DF BF, EF BF BF, F4 8F BF BF) must decode.")
@given(edge=st.sampled_from(EDGES), prefix=st.sampled_from([b"", b"a", "我".encode("utf-8")]))
def decodes_the_edges_of_every_length(learner, reference, edge, prefix):
    """the smallest and largest valid sequence of each length decode, up to U+10FFFF (F4 8F BF BF)"""
    data = prefix + edge
    assert_equal(learner.utf8_decode(data), data.decode("utf-8"), f"utf8_decode({data!r})")


# --- agreement with Python -----------------------------------------------------------------------

@check(points=3, section="replacement-character")
@given(data=st.binary(max_size=10))
@example(data=b"")
@example(data=b"\xff")
def agrees_with_python_on_any_bytes(learner, reference, data):
    """on any bytes, utf8_decode returns what bytes.decode("utf-8") returns, or raises ValueError when it raises"""
    _agrees_with_python(learner, data)


@check(points=3, section="replacement-character")
@given(data=mutated_encodings())
@example(data=b"a\xe6\x88")
@example(data=b"\xe6\x88a\x91")
def agrees_with_python_on_damaged_encodings(learner, reference, data):
    """on valid UTF-8 with a byte changed, dropped, inserted or cut off, utf8_decode agrees with bytes.decode"""
    _agrees_with_python(learner, data)


# --- each kind of invalid sequence ----------------------------------------------------------------

@check(points=1, section="replacement-character",
       hint="A byte 10xxxxxx can only follow a lead byte; where a character starts, it is an error.")
@given(prefix=texts(max_size=3), stray=st.integers(0x80, 0xBF))
@example(prefix="", stray=0x80)
@example(prefix="我", stray=0xBF)
def a_stray_continuation_byte_raises(learner, reference, prefix, stray):
    """a continuation byte (0x80 to 0xBF) where a character should start raises ValueError"""
    _invalid(learner, prefix.encode("utf-8") + bytes([stray]), "a continuation byte with no lead byte")


@check(points=2, section="replacement-character",
       hint="Before reading each continuation byte, check that the data has not ended.")
@given(text=texts(max_size=3), char=st.characters(min_codepoint=0x80, exclude_categories=("Cs",)),
       keep=st.integers(1, 3), after=st.sampled_from([b"", b"a"]))
@example(text="ok", char="我", keep=2, after=b"")
@example(text="", char="é", keep=1, after=b"")
@example(text="", char="😀", keep=3, after=b"a")
def a_truncated_sequence_raises(learner, reference, text, char, keep, after):
    """a multi-byte character cut short (at the end, or followed by an ASCII byte) raises ValueError"""
    whole = char.encode("utf-8")
    data = text.encode("utf-8") + whole[:min(keep, len(whole) - 1)] + after
    _invalid(learner, data, f"{char!r} cut short")


@check(points=1, section="replacement-character",
       hint="Every byte after the lead must match 10xxxxxx: (byte >> 6) == 0b10.")
@given(char=st.characters(min_codepoint=0x80, exclude_categories=("Cs",)), at=st.integers(1, 3),
       byte=st.one_of(st.integers(0, 0x7F), st.integers(0xC0, 0xFF)))
@example(char="我", at=2, byte=ord("a"))
@example(char="é", at=1, byte=0xC3)
def a_bad_continuation_byte_raises(learner, reference, char, at, byte):
    """a lead byte followed by a byte that is not 10xxxxxx raises ValueError"""
    data = bytearray(char.encode("utf-8"))
    data[min(at, len(data) - 1)] = byte
    _invalid(learner, bytes(data), "a continuation byte replaced by one that is not 10xxxxxx")


@check(points=2, section="replacement-character",
       hint="After decoding n bytes, the code point must need n bytes: at least 0x80, 0x800 or 0x10000.")
@given(cp=st.integers(0, 0xFFFF), extra=st.integers(1, 3))
@example(cp=0x2F, extra=1)   # C0 AF
@example(cp=0x7F, extra=1)   # C1 BF
@example(cp=0x0, extra=2)    # E0 80 80
@example(cp=0x7FF, extra=1)  # E0 9F BF
@example(cp=0xFFFF, extra=1)  # F0 8F BF BF
def overlong_forms_raise(learner, reference, cp, extra):
    """a code point written with more bytes than it needs (C0 AF, E0 80 80, F0 8F BF BF...) raises ValueError"""
    needed = 1 if cp < 0x80 else 2 if cp < 0x800 else 3
    n = min(needed + extra, 4)  # cp <= 0xFFFF needs at most 3 bytes, so n > needed
    _invalid(learner, _pattern(cp, n), f"U+{cp:04X} written in {n} bytes")


@check(points=2, section="utf8-encoding",
       hint="After decoding, reject 0xD800 <= cp <= 0xDFFF: the pattern allows them, UTF-8 does not.")
@given(cp=st.integers(0xD800, 0xDFFF), prefix=st.sampled_from([b"", b"a"]))
@example(cp=0xD800, prefix=b"")
@example(cp=0xDFFF, prefix=b"a")
def surrogates_raise(learner, reference, cp, prefix):
    """the 3-byte forms of surrogates, ED A0 80 to ED BF BF (U+D800 to U+DFFF), raise ValueError"""
    _invalid(learner, prefix + _pattern(cp, 3), f"the surrogate U+{cp:04X}")


@check(points=1, section="code-points",
       hint="A 4-byte pattern holds 21 bits, up to 0x1FFFFF; Unicode stops at 0x10FFFF. Bytes F8 to FF start nothing.")
@given(cp=st.integers(0x110000, 0x1FFFFF))
@example(cp=0x110000)   # F4 90 80 80
@example(cp=0x1FFFFF)   # F7 BF BF BF
def code_points_above_10ffff_raise(learner, reference, cp):
    """4-byte sequences above U+10FFFF (F4 90 80 80 and up, leads F5 to F7) and bytes F8 to FF raise ValueError"""
    _invalid(learner, _pattern(cp, 4), f"U+{cp:X} is above U+10FFFF")
    for lead in (0xF8, 0xFC, 0xFF):
        _invalid(learner, bytes([lead, 0x80, 0x80, 0x80, 0x80]), f"{lead:#04x} never starts a character")


@check(points=1, section="replacement-character",
       hint='Put the position in the message, e.g. raise ValueError(f"invalid UTF-8 at byte {i}: ...").')
@given(data=mutated_encodings().map(lambda d: b"valid" + d).filter(lambda d: _python(d) is None))
@example(data=b"valid\xe6\x88")
@example(data=b"valid text \x80")
def the_error_message_names_the_byte_offset(learner, reference, data):
    """the ValueError's message names the byte offset where the invalid sequence starts"""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        start = error.start
    else:
        return
    try:
        learner.utf8_decode(data)
    except LearnerRaised as error:
        if not error.is_a(ValueError):
            fail(f"utf8_decode({data!r}) should raise ValueError, but your code raised "
                 f"{error.type_name}: {error.message}")
        numbers = [int(n) for n in re.findall(r"(?<![\w+])\d+(?!\w)", error.message)]
        if start not in numbers:
            fail(f"utf8_decode({data!r}) raised ValueError({error.message!r}); the message should "
                 f"name the offset {start}, where the invalid sequence starts")
        return
    fail(f"utf8_decode({data!r}) should raise ValueError, but your code returned normally")

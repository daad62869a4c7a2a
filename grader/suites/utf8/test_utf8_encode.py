"""Hidden checks for exercises/utf8/utf8_encode.py: UTF-8 sequence lengths and encoding by bit operations.

Everything is exact: lengths and bytes are ints, compared with ==. The ground truth for bytes is
Python's own encoder, list(text.encode("utf-8")).

Texts are drawn from each of the four UTF-8 length bands separately as well as from st.text(),
because st.text() alone rarely produces 4-byte characters, and every band's boundary code points
(0x7F/0x80, 0x7FF/0x800, 0xFFFF/0x10000, 0x10FFFF, and the surrogate gap around 0xD800-0xDFFF)
are pinned by @example.
"""

import numpy as np
from hypothesis import example, given, strategies as st

from grader.checks import assert_equal, assert_true, check, fail, raises

BANDS = ((0x0, 0x7F), (0x80, 0x7FF), (0x800, 0xFFFF), (0x10000, 0x10FFFF))
"""The code points of 1, 2, 3 and 4 UTF-8 bytes."""

BOUNDARIES = {0x0: 1, 0x7F: 1, 0x80: 2, 0x7FF: 2, 0x800: 3, 0xD7FF: 3, 0xE000: 3, 0xFFFF: 3,
              0x10000: 4, 0x10FFFF: 4}
"""Code point -> UTF-8 length at the edges of each band, and on both sides of the surrogate gap."""

INVALID = (-1, -0x80, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x110000, 0x7FFFFFFF)


# --- inputs ------------------------------------------------------------------------------------

def code_points() -> st.SearchStrategy[int]:
    """Valid code points, each UTF-8 length equally likely (surrogates excluded)."""
    return st.one_of([st.integers(lo, hi) for lo, hi in BANDS]).filter(lambda cp: not 0xD800 <= cp <= 0xDFFF)


def texts(max_size: int = 12) -> st.SearchStrategy[str]:
    """Any text, or text whose characters all come from one UTF-8 length band (4-byte ones too)."""
    banded = [st.text(st.characters(min_codepoint=lo, max_codepoint=hi, exclude_categories=("Cs",)), max_size=max_size)
              for lo, hi in BANDS]
    return st.one_of(st.text(max_size=max_size), *banded)


def _require_byte_list(got, what: str) -> None:
    if not isinstance(got, list) or not all(isinstance(b, (int, np.integer)) and not isinstance(b, bool) for b in got):
        fail(f"{what} should return a list of ints, not {type(got).__name__}", got=got)


# --- utf8_seq_len ------------------------------------------------------------------------------

@check(points=3, section="utf8-encoding",
       hint="Compare with the last code point of each row of the table: 0x7F, 0x7FF, 0xFFFF.")
@given(codepoint=code_points())
@example(codepoint=0x4D)
@example(codepoint=0xE9)
@example(codepoint=0x6211)
@example(codepoint=0x1F600)
def seq_len_follows_the_table(learner, reference, codepoint):
    """utf8_seq_len gives 1 byte up to U+007F, 2 up to U+07FF, 3 up to U+FFFF and 4 up to U+10FFFF"""
    assert_equal(learner.utf8_seq_len(codepoint), reference.utf8_seq_len(codepoint),
                 f"utf8_seq_len({codepoint:#x})")


@check(points=2, section="utf8-encoding",
       hint="Each row of the table includes both of its end points: U+0080 is the first 2-byte code point.")
def seq_len_is_right_at_every_boundary(learner, reference):
    """utf8_seq_len is right on both sides of every boundary: 0x7F/0x80, 0x7FF/0x800, 0xFFFF/0x10000, 0x10FFFF"""
    for codepoint, length in BOUNDARIES.items():
        assert_equal(learner.utf8_seq_len(codepoint), length, f"utf8_seq_len({codepoint:#x})")


@check(points=1, section="utf8-encoding")
@given(a=code_points(), b=code_points())
def seq_len_never_shrinks_as_the_code_point_grows(learner, reference, a, b):
    """a larger code point never takes fewer bytes: utf8_seq_len is non-decreasing"""
    a, b = min(a, b), max(a, b)
    len_a, len_b = learner.utf8_seq_len(a), learner.utf8_seq_len(b)
    assert_true(len_a <= len_b, f"utf8_seq_len({a:#x}) is {len_a} but utf8_seq_len({b:#x}) is {len_b}")


@check(points=2, section="utf8-encoding",
       hint="Raise ValueError below 0, above 0x10FFFF, and for the surrogates 0xD800 to 0xDFFF.")
@given(codepoint=st.one_of(st.integers(-10**6, -1), st.integers(0xD800, 0xDFFF), st.integers(0x110000, 2**31)))
@example(codepoint=-1)
@example(codepoint=0xD800)
@example(codepoint=0xDFFF)
@example(codepoint=0x110000)
def seq_len_rejects_what_utf8_cannot_encode(learner, reference, codepoint):
    """utf8_seq_len raises ValueError for negative numbers, numbers above 0x10FFFF and surrogates"""
    with raises(ValueError, f"utf8_seq_len({codepoint:#x})"):
        learner.utf8_seq_len(codepoint)


# --- utf8_encode -------------------------------------------------------------------------------

@check(points=3, section="utf8-encoding",
       hint="Lead byte: marker | (cp >> 6 * (n - 1)); then 0b10000000 | ((cp >> 6 * k) & 0b111111) "
            "for k = n - 2 down to 0.")
@given(text=texts())
@example(text="")
@example(text="é")
@example(text="我")
@example(text="😀")
def encode_matches_python(learner, reference, text):
    """utf8_encode(text) equals list(text.encode("utf-8")) for any text"""
    got = learner.utf8_encode(text)
    _require_byte_list(got, f"utf8_encode({text!r})")
    assert_equal(got, list(text.encode("utf-8")), f"utf8_encode({text!r})")


@check(points=1, section="worked-example")
def encode_gives_the_chapter_example(learner, reference):
    """utf8_encode("Me我") is [77, 101, 230, 136, 145]: 我 = U+6211 is 1110 0110, 10 001000, 10 010001"""
    assert_equal(learner.utf8_encode("Me我"), [77, 101, 230, 136, 145], 'utf8_encode("Me我")')


@check(points=2, section="utf8-encoding",
       hint="Check the last code point of each band and the first of the next: one is n bytes, the other n + 1.")
@given(codepoint=st.sampled_from(sorted(BOUNDARIES)), prefix=st.sampled_from(["", "a", "我"]))
def encode_is_right_at_every_boundary(learner, reference, codepoint, prefix):
    """utf8_encode is right for the code points at every band's edge, U+007F to U+10000 and U+10FFFF"""
    text = prefix + chr(codepoint)
    assert_equal(learner.utf8_encode(text), list(text.encode("utf-8")), f"utf8_encode({text!r})")


@check(points=1, section="utf8-encoding")
@given(text=st.text(st.characters(max_codepoint=0x7F), max_size=20))
@example(text="Hello, world!")
def ascii_stays_ascii(learner, reference, text):
    """ASCII text encodes to one byte per character, each equal to ord(c)"""
    assert_equal(learner.utf8_encode(text), [ord(c) for c in text], f"utf8_encode({text!r})")


@check(points=1, section="bytes")
@given(text=texts())
def encode_gives_one_to_four_bytes_per_character(learner, reference, text):
    """utf8_encode gives between len(text) and 4 * len(text) values, each a byte from 0 to 255"""
    got = learner.utf8_encode(text)
    _require_byte_list(got, f"utf8_encode({text!r})")
    assert_true(len(text) <= len(got) <= 4 * len(text),
                f"utf8_encode({text!r}) has {len(got)} values for {len(text)} characters; UTF-8 uses 1 to 4 each")
    outside = [b for b in got if not 0 <= b <= 255]
    assert_true(not outside, f"utf8_encode({text!r}) contains {outside[:3]}, which are not bytes (0 to 255)")


@check(points=1, section="utf8-encoding")
@given(first=texts(max_size=6), second=texts(max_size=6))
def encoding_a_concatenation_concatenates_the_bytes(learner, reference, first, second):
    """each character is encoded on its own: utf8_encode(a + b) == utf8_encode(a) + utf8_encode(b)"""
    joined = learner.utf8_encode(first + second)
    parts = [learner.utf8_encode(first), learner.utf8_encode(second)]
    for got, text in ((joined, first + second), (parts[0], first), (parts[1], second)):
        _require_byte_list(got, f"utf8_encode({text!r})")
    assert_equal(joined, parts[0] + parts[1], f"utf8_encode({first + second!r}) against the two halves")


@check(points=2, section="utf8-encoding",
       hint="A Python str can hold a lone surrogate such as '\\ud800'; utf8_seq_len already rejects it.")
@given(text=texts(max_size=6), surrogate=st.integers(0xD800, 0xDFFF), at=st.integers(0, 6))
@example(text="", surrogate=0xD800, at=0)
@example(text="ab", surrogate=0xDFFF, at=2)
def encode_rejects_a_lone_surrogate(learner, reference, text, surrogate, at):
    """utf8_encode raises ValueError for a text holding a lone surrogate (U+D800 to U+DFFF), as str.encode does"""
    text = text[:at] + chr(surrogate) + text[at:]
    with raises(ValueError, f"utf8_encode({text!r})"):
        learner.utf8_encode(text)

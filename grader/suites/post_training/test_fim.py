"""Hidden checks for exercises/post_training/fim.py: PSM fill-in-the-middle examples and prompts.

Everything here is text and seeded integer draws, so every comparison is exact: no tolerance. Texts
come from st.text() and from tricky pieces (newlines, code, Chinese, emoji, partial sentinels like
"<|fim_" or "fim_middle|>"), always without a whole sentinel except where a check puts one in.
"""

import numpy as np
from hypothesis import assume, example, given, settings, strategies as st

from grader.checks import assert_equal, assert_true, check, fail, raises
from grader.strategies import seeds

FIM_PREFIX, FIM_SUFFIX, FIM_MIDDLE = "<|fim_prefix|>", "<|fim_suffix|>", "<|fim_middle|>"
SENTINELS = (FIM_PREFIX, FIM_SUFFIX, FIM_MIDDLE)

AREA = ("def area(r):\n    return ", "3.14159 * r ** 2", "\n")  # the chapter's example
TRICKY_PIECES = ["\n", "\t", " ", "<", ">", "|", "<|", "|>", "<|fim_", "fim_middle|>", "<|fim_suffix|",
                 "|fim_prefix|>", "<|im_end|>", "def f(x):", "return x", "你好", "😀", "👍🏽", "é", "x"]


def _clean(text: str) -> bool:
    return not any(sentinel in text for sentinel in SENTINELS)


texts = st.one_of(
    st.text(max_size=20),
    st.lists(st.sampled_from(TRICKY_PIECES), max_size=6).map("".join),
).filter(_clean)
docs = st.one_of(st.text(max_size=30), st.lists(st.sampled_from(TRICKY_PIECES), max_size=8).map("".join))


@st.composite
def smuggled_parts(draw) -> tuple[str, str, str]:
    """(prefix, middle, suffix) with one sentinel inserted at a random place in one of the parts."""
    parts = [draw(texts), draw(texts), draw(texts)]
    k = draw(st.integers(0, 2))
    at = draw(st.integers(0, len(parts[k])))
    parts[k] = parts[k][:at] + draw(st.sampled_from(SENTINELS)) + parts[k][at:]
    return tuple(parts)


@st.composite
def malformed_texts(draw) -> str:
    """A valid PSM text broken in one way: a sentinel missing, repeated or moved, or text before it."""
    pieces = [FIM_PREFIX, draw(texts), FIM_SUFFIX, draw(texts), FIM_MIDDLE, draw(texts)]
    kind = draw(st.sampled_from(["missing", "repeated", "swapped", "text before", "middle first"]))
    if kind == "missing":
        pieces[draw(st.sampled_from([0, 2, 4]))] = ""
    elif kind == "repeated":
        k = draw(st.integers(0, 5))
        pieces[k] += draw(st.sampled_from(SENTINELS))
    elif kind == "swapped":
        a, b = draw(st.sampled_from([(0, 2), (0, 4), (2, 4)]))
        pieces[a], pieces[b] = pieces[b], pieces[a]
    elif kind == "text before":
        pieces.insert(0, draw(st.text(min_size=1, max_size=4).filter(_clean)))
    else:  # SMP-like: the middle sentinel comes before the suffix sentinel
        pieces = [FIM_PREFIX, pieces[1], FIM_MIDDLE, pieces[5], FIM_SUFFIX, pieces[3]]
    return "".join(pieces)


random_texts = st.one_of(
    st.lists(st.sampled_from(list(SENTINELS) + ["a", "\n", "<|fim_", "|>"]), max_size=8).map("".join),
    st.text(max_size=20),
    malformed_texts(),
)


def _reference_parse(reference, text: str):
    try:
        return reference.parse_fim_psm(text)
    except ValueError:
        return None


def _assert_same_text(got, expected: str, what: str) -> None:
    """Exact equality of two texts; on a difference, show both around the first differing character."""
    if not isinstance(got, str):
        fail(f"{what} should be a str, not a {type(got).__name__}", expected, got)
    if got == expected:
        return
    i = next((k for k, (a, b) in enumerate(zip(got, expected)) if a != b), min(len(got), len(expected)))
    left = max(0, i - 25)
    fail(f"{what} differs from the expected text at character {i} (shown from character {left})",
         expected=expected[left:i + 25], got=got[left:i + 25])


def _assert_three_texts(got, expected: tuple, what: str, names=("prefix", "middle", "suffix")) -> None:
    """A tuple of three str equal to `expected`; on a difference, name the piece that differs."""
    if not isinstance(got, tuple) or len(got) != 3:
        fail(f"{what} should return a tuple of three str {names}", expected, got)
    for name, g, e in zip(names, got, expected):
        if g != e:
            fail(f"{what}: the {name} is not what it should be", expected=e, got=g)
        if not isinstance(g, str):
            fail(f"{what}: the {name} should be a str, not a {type(g).__name__}", expected=e, got=g)


# --- format and parse -----------------------------------------------------------------------------

@check(points=2, section="fim",
       hint="PSM order: FIM_PREFIX + prefix + FIM_SUFFIX + suffix + FIM_MIDDLE + middle; the middle goes last.")
@given(prefix=texts, middle=texts, suffix=texts)
@example(prefix=AREA[0], middle=AREA[1], suffix=AREA[2])
@example(prefix="", middle="", suffix="")
@example(prefix="a", middle="b", suffix="c")
def format_fim_psm_matches_the_reference(learner, reference, prefix, middle, suffix):
    """format_fim_psm writes <|fim_prefix|>prefix<|fim_suffix|>suffix<|fim_middle|>middle"""
    _assert_same_text(learner.format_fim_psm(prefix, middle, suffix),
                      reference.format_fim_psm(prefix, middle, suffix),
                      f"format_fim_psm({prefix!r}, {middle!r}, {suffix!r})")


@check(points=1, section="fim")
@settings(max_examples=25)  # the differential check covers this too: fewer examples
@given(prefix=texts, middle=texts, suffix=texts)
def each_sentinel_appears_once_in_psm_order(learner, reference, prefix, middle, suffix):
    """the text holds each sentinel exactly once: <|fim_prefix|> first, then <|fim_suffix|>, then <|fim_middle|>"""
    text = learner.format_fim_psm(prefix, middle, suffix)
    assert_true(isinstance(text, str), f"format_fim_psm should return a str, not a {type(text).__name__}")
    for sentinel in SENTINELS:
        count = text.count(sentinel)
        assert_true(count == 1, f"format_fim_psm({prefix!r}, {middle!r}, {suffix!r}) holds {count} {sentinel}")
    assert_true(text.startswith(FIM_PREFIX) and text.index(FIM_SUFFIX) < text.index(FIM_MIDDLE),
                f"format_fim_psm({prefix!r}, {middle!r}, {suffix!r}) = {text!r}: the sentinels are not in "
                f"the order <|fim_prefix|>, <|fim_suffix|>, <|fim_middle|>")


@check(points=2, section="fim",
       hint="Look for all three sentinels in all three parts, and raise ValueError if any is there.")
@given(parts=smuggled_parts())
@example(parts=("a", "b<|fim_middle|>", "c"))
@example(parts=("<|fim_prefix|>", "", ""))
@example(parts=("x", "y", "end<|fim_suffix|>"))
@example(parts=("x<|fim_suffix|>", "y", "z"))
def format_fim_psm_refuses_sentinels_in_any_part(learner, reference, parts):
    """a sentinel anywhere in the prefix, middle or suffix makes format_fim_psm raise ValueError"""
    with raises(ValueError, f"format_fim_psm{parts!r}"):
        learner.format_fim_psm(*parts)


@check(points=2, section="fim",
       hint="The prefix runs from after <|fim_prefix|> to <|fim_suffix|>, the suffix from there to "
            "<|fim_middle|>, the middle to the end; return them as (prefix, middle, suffix).")
@given(prefix=st.text(), middle=st.text(), suffix=st.text())
@example(prefix=AREA[0], middle=AREA[1], suffix=AREA[2])
@example(prefix="", middle="", suffix="")
@example(prefix="<|fim_", middle="fim_middle|>", suffix="|>\n")
@example(prefix="a", middle="b", suffix="c")
def parse_fim_psm_inverts_format_fim_psm(learner, reference, prefix, middle, suffix):
    """parse_fim_psm(format_fim_psm(prefix, middle, suffix)) gives back (prefix, middle, suffix)"""
    assume(all(_clean(t) for t in (prefix, middle, suffix)))
    text = reference.format_fim_psm(prefix, middle, suffix)
    _assert_three_texts(learner.parse_fim_psm(text), (prefix, middle, suffix), f"parse_fim_psm({text!r})")


@check(points=2, section="fim",
       hint="Count each sentinel (exactly one of each), check the text starts with <|fim_prefix|>, "
            "and that <|fim_suffix|> comes before <|fim_middle|>.")
@given(text=malformed_texts())
@example(text="hello")
@example(text="<|fim_prefix|>a<|fim_suffix|>b")
@example(text="<|fim_prefix|>a<|fim_middle|>b<|fim_suffix|>c")
@example(text="<|fim_prefix|>a<|fim_suffix|>b<|fim_middle|>c<|fim_middle|>d")
@example(text="x<|fim_prefix|>a<|fim_suffix|>b<|fim_middle|>c")
@example(text="<|fim_suffix|>a<|fim_prefix|>b<|fim_middle|>c")
def parse_fim_psm_rejects_malformed_text(learner, reference, text):
    """a missing, repeated or out-of-order sentinel, or text before <|fim_prefix|>, raises ValueError"""
    assume(_reference_parse(reference, text) is None)
    with raises(ValueError, f"parse_fim_psm({text!r})"):
        learner.parse_fim_psm(text)


@check(points=1, section="fim",
       hint="Validate before you index: a bad text must raise ValueError, never IndexError.")
@given(text=random_texts)
@example(text="")
@example(text=FIM_PREFIX)
@example(text=FIM_PREFIX + FIM_SUFFIX + FIM_MIDDLE)
@example(text=FIM_PREFIX + "a" + FIM_SUFFIX + "b" + FIM_MIDDLE + "c" + FIM_PREFIX)
@example(text=FIM_PREFIX + "def f(" + FIM_SUFFIX + "):" + FIM_MIDDLE + "x")  # well formed: middle comes last
def parse_fim_psm_parses_or_raises_value_error_on_any_text(learner, reference, text):
    """on any text, parse_fim_psm returns the right (prefix, middle, suffix) or raises ValueError"""
    expected = _reference_parse(reference, text)
    if expected is None:
        with raises(ValueError, f"parse_fim_psm({text!r})"):
            learner.parse_fim_psm(text)
    else:
        _assert_three_texts(learner.parse_fim_psm(text), expected, f"parse_fim_psm({text!r})")


# --- making examples ------------------------------------------------------------------------------

@check(points=3, section="fim",
       hint="Draw both cuts at once: i, j = sorted(rng.integers(0, len(doc) + 1, size=2)); "
            "then return doc[:i], doc[i:j], doc[j:].")
@given(doc=docs, seed=seeds())
@example(doc="def area(r):", seed=0)
@example(doc="", seed=0)
@example(doc="x", seed=1)
def make_fim_example_matches_the_reference(learner, reference, doc, seed):
    """make_fim_example(doc, rng) cuts at the same two positions as the reference for the same seed"""
    _assert_three_texts(learner.make_fim_example(doc, np.random.default_rng(seed)),
                        reference.make_fim_example(doc, np.random.default_rng(seed)),
                        f"make_fim_example({doc!r}, default_rng({seed}))")


@check(points=2, section="fim",
       hint="Sort the two cut positions so the smaller comes first, and allow a cut at len(doc).")
@given(doc=docs, seed=seeds())
@example(doc="", seed=0)
@example(doc="ab", seed=3)
def the_three_pieces_rebuild_the_document(learner, reference, doc, seed):
    """prefix + middle + suffix == doc for any document, the empty one included"""
    pieces = learner.make_fim_example(doc, np.random.default_rng(seed))
    what = f"make_fim_example({doc!r}, default_rng({seed}))"
    if not (isinstance(pieces, tuple) and len(pieces) == 3 and all(isinstance(p, str) for p in pieces)):
        fail(f"{what} should return a tuple of three str", got=pieces)
    assert_equal("".join(pieces), doc, f"prefix + middle + suffix from {what}")


# --- use time -------------------------------------------------------------------------------------

@check(points=2, section="fim",
       hint='The prompt is format_fim_psm(prefix, "", suffix): it ends with <|fim_middle|> and nothing after it.')
@given(prefix=texts, suffix=texts)
@example(prefix=AREA[0], suffix=AREA[2])
@example(prefix="", suffix="")
def fim_prompt_ends_with_the_middle_sentinel(learner, reference, prefix, suffix):
    """fim_prompt(prefix, suffix) is the PSM text with an empty middle, ending with <|fim_middle|>"""
    _assert_same_text(learner.fim_prompt(prefix, suffix), reference.fim_prompt(prefix, suffix),
                      f"fim_prompt({prefix!r}, {suffix!r})")


@check(points=1, section="fim")
@given(parts=smuggled_parts())
@example(parts=("a", "", "c<|fim_middle|>"))
@example(parts=("<|fim_suffix|>", "", "c"))
def fim_prompt_refuses_sentinels(learner, reference, parts):
    """a sentinel in the prefix or suffix makes fim_prompt raise ValueError"""
    prefix, _, suffix = parts
    assume(not (_clean(prefix) and _clean(suffix)))
    with raises(ValueError, f"fim_prompt({prefix!r}, {suffix!r})"):
        learner.fim_prompt(prefix, suffix)

"""Hidden checks for exercises/attention/positional_encoding.py: sinusoidal encoding and RoPE.

Tolerances:
- Values are compared with atol 1e-10. Correct implementations differ in how they compute the
  angle (p / base ** (2i/d), p * exp(-2i/d * log(base)), complex numbers for RoPE...), which moves
  an angle of size at most ~60 here by up to ~1e-14; RoPE multiplies that by entries up to 10. The
  alternatives in tests/alternative/positional_encoding stay below 1e-13, 1000 times inside.
- The properties (unit pairs, dot products that depend only on the offset, preserved lengths) hold
  exactly in mathematics and up to ~1e-13 in floating point for these sizes; they use atol 1e-9,
  relative to the size of the vectors involved.
"""

import numpy as np
from hypothesis import example, given, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, assert_true, check, raises

ATOL = 1e-10
PROPERTY_ATOL = 1e-9

sizes = st.integers(0, 16)                          # T
even_widths = st.integers(1, 8).map(lambda n: 2 * n)  # d = 2 ... 16
bases = st.sampled_from([10000.0, 100.0, 10.0, 2.5])


def _values(shape) -> st.SearchStrategy[np.ndarray]:
    return hnp.arrays(np.int64, shape, elements=st.integers(-500, 500)).map(lambda a: a / 50.0)


@st.composite
def queries(draw, min_rows: int = 0, max_rows: int = 6):
    """x of shape (T, d): T rows of even width d, entries with two decimals in [-10, 10]."""
    T, d = draw(st.integers(min_rows, max_rows)), draw(st.integers(1, 4).map(lambda n: 2 * n))
    return draw(_values((T, d)))


# ---------------------------------------------------------------- sinusoidal_positional_encoding

@check(points=3, section="positions",
       hint="PE[p, 2i] = sin(p / 10000 ** (2i/d)) and PE[p, 2i+1] = cos(same): i is the pair index.")
@given(T=sizes, d=even_widths)
@example(T=3, d=4)
@example(T=0, d=6)
@example(T=50, d=2)
def encoding_matches_the_formula(learner, reference, T, d):
    """sinusoidal_positional_encoding(T, d) has sin in the even columns and cos in the odd ones"""
    assert_close(learner.sinusoidal_positional_encoding(T, d), reference.sinusoidal_positional_encoding(T, d),
                 f"sinusoidal_positional_encoding({T}, {d})", atol=ATOL)


@check(points=1, section="positions", hint="Use the base argument where the formula says 10000.")
@given(T=sizes, d=even_widths, base=bases)
@example(T=3, d=4, base=100.0)
def encoding_uses_the_base(learner, reference, T, d, base):
    """the base argument replaces 10000 in the wavelengths"""
    assert_close(learner.sinusoidal_positional_encoding(T, d, base=base),
                 reference.sinusoidal_positional_encoding(T, d, base=base),
                 f"sinusoidal_positional_encoding({T}, {d}, base={base!r})", atol=ATOL)


@check(points=2, section="positions",
       hint="Interleave: sine in columns 0, 2, 4, ... and cosine in columns 1, 3, 5, ... of each row.")
@given(T=st.integers(1, 16), d=even_widths)
@example(T=1, d=4)
def encoding_is_made_of_unit_sin_cos_pairs(learner, reference, T, d):
    """values lie in [-1, 1], PE[0] is [0, 1, 0, 1, ...], and PE[p, 2i]**2 + PE[p, 2i+1]**2 = 1"""
    pe = learner.sinusoidal_positional_encoding(T, d)
    assert_close(pe, reference.sinusoidal_positional_encoding(T, d), f"sinusoidal_positional_encoding({T}, {d})",
                 atol=1e-6)
    assert_true(bool(np.all(np.abs(pe) <= 1.0)), "some values are outside [-1, 1]")
    assert_close(pe[0], np.tile([0.0, 1.0], d // 2), "PE[0], the row of position 0", atol=ATOL)
    assert_close(pe[:, 0::2] ** 2 + pe[:, 1::2] ** 2, np.ones((T, d // 2)),
                 "sin^2 + cos^2 of every pair (2i, 2i+1)", atol=PROPERTY_ATOL)


@check(points=1, section="positions")
@given(d=even_widths, k=st.integers(0, 5))
@example(d=4, k=1)
def encoding_dot_products_depend_only_on_the_offset(learner, reference, d, k):
    """PE[p] . PE[p + k] is the same for every p: it depends only on the offset k"""
    pe = learner.sinusoidal_positional_encoding(12, d)
    dots = np.einsum("pj,pj->p", pe[: 12 - k], pe[k:])
    assert_close(dots, np.full(12 - k, dots[0]), f"PE[p] . PE[p + {k}] for p = 0 ... {11 - k}",
                 atol=PROPERTY_ATOL)
    assert_true(len({tuple(row) for row in np.round(pe, 9)}) == 12, "two positions got the same vector")


@check(points=1, section="positions",
       hint="Check the arguments first: the sin/cos pairs need an even d >= 2, and T cannot be negative.")
@given(case=st.sampled_from([(4, 3), (4, 1), (4, 0), (-1, 4), (4, 4, 0.0), (4, 4, -10.0)]))
@example(case=(4, 5))
def encoding_rejects_an_odd_width_or_a_negative_length(learner, reference, case):
    """an odd d, d < 2, T < 0 or base <= 0 raises ValueError"""
    T, d, *rest = case
    base = rest[0] if rest else 10000.0
    with raises(ValueError, f"sinusoidal_positional_encoding({T}, {d}, base={base!r})"):
        learner.sinusoidal_positional_encoding(T, d, base=base)


# ---------------------------------------------------------------- rope

def _rope(learner, x, positions=None):
    """The learner's rope(x, positions), checked to be an array shaped like x."""
    rotated = learner.rope(x, positions)
    assert_true(isinstance(rotated, np.ndarray) and rotated.shape == x.shape,
                f"rope(x, positions) should return an array of x's shape {x.shape}, not {rotated!r}")
    return rotated


@check(points=3, section="positions",
       hint="Turn each adjacent pair (x[2i], x[2i+1]) counterclockwise by position / 10000 ** (2i/d).")
@given(x=queries())
@example(x=np.array([[1.0, 0.0], [1.0, 0.0]]))
@example(x=np.array([[1.0, 2.0, 3.0, 4.0]] * 3))
def rope_rotates_adjacent_pairs(learner, reference, x):
    """rope(x) turns each pair (2i, 2i+1) of row t by the angle t / 10000^(2i/d)"""
    assert_close(learner.rope(x), reference.rope(x), "rope(x)", atol=ATOL)


@check(points=2, section="positions", hint="Use the given positions (and base) instead of 0, 1, ..., T-1.")
@given(x=queries(min_rows=1), data=st.data(), base=bases)
@example(x=np.array([[1.0, 0.0]]), data=None, base=100.0)
def rope_uses_the_given_positions_and_base(learner, reference, x, data, base):
    """rope(x, positions, base) rotates row t by positions[t] / base^(2i/d)"""
    if data is None:
        positions = np.array([2])
    else:
        positions = data.draw(hnp.arrays(np.int64, len(x), elements=st.integers(0, 60)))
    assert_close(learner.rope(x, positions, base), reference.rope(x, positions, base),
                 f"rope(x, positions={positions.tolist()}, base={base!r})", atol=ATOL)


@check(points=2, section="positions")
@given(x=queries(min_rows=1))
@example(x=np.array([[3.0, 4.0, 0.0, -1.0]]))
def rope_keeps_lengths_and_leaves_position_zero_alone(learner, reference, x):
    """rope keeps the length of every row, and a row at position 0 comes back unchanged"""
    assert_close(np.linalg.norm(_rope(learner, x), axis=1), np.linalg.norm(x, axis=1),
                 "the row lengths after rope(x)", atol=PROPERTY_ATOL)
    assert_close(learner.rope(x, np.zeros(len(x), dtype=np.int64)), x, "rope(x, positions=zeros)", atol=ATOL)


@check(points=2, section="positions",
       hint="Rotating q by m*theta and k by n*theta leaves q . k depending on (m - n)*theta only.")
@given(pair=queries(min_rows=2, max_rows=2), m=st.integers(0, 40), n=st.integers(0, 40),
       shift=st.integers(1, 20))
@example(pair=np.array([[1.0, 0.0], [0.0, 1.0]]), m=5, n=3, shift=7)
def rope_scores_depend_only_on_the_offset(learner, reference, pair, m, n, shift):
    """rope(q at m) . rope(k at n) equals rope(q at m + s) . rope(k at n + s): only m - n matters"""
    before = _rope(learner, pair, np.array([m, n]))
    after = _rope(learner, pair, np.array([m + shift, n + shift]))
    scale = max(1.0, float(np.linalg.norm(pair[0]) * np.linalg.norm(pair[1])))
    assert_close(np.asarray(after[0] @ after[1]), np.asarray(before[0] @ before[1]),
                 f"the score at positions ({m + shift}, {n + shift}) vs. at ({m}, {n})",
                 atol=PROPERTY_ATOL * scale)


@check(points=1, section="positions", hint="Write the result into a new array; x[:, 0::2] = ... changes x.")
@given(x=queries(min_rows=1))
def rope_leaves_x_unchanged(learner, reference, x):
    """rope leaves its input array unchanged"""
    _, args, _ = learner.call_and_inputs("rope", x)
    assert_close(args[0], x, "x after rope(x)", atol=0.0)


@check(points=1, section="positions")
@given(case=st.sampled_from(["odd d", "1-D x", "short positions"]), T=st.integers(1, 4))
@example(case="odd d", T=2)
def rope_rejects_an_odd_width_and_mismatched_positions(learner, reference, case, T):
    """an odd d, an x that is not (T, d), or positions whose shape is not (T,) raise ValueError"""
    if case == "odd d":
        x, positions = np.ones((T, 3)), None
    elif case == "1-D x":
        x, positions = np.ones(4), None
    else:
        x, positions = np.ones((T, 4)), np.arange(T + 1)
    what = f"rope(x of shape {x.shape}, positions={None if positions is None else positions.tolist()})"
    with raises(ValueError, what):
        learner.rope(x, positions)

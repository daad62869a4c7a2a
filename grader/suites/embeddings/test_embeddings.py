"""Hidden checks for exercises/embeddings/embeddings.py: lookup, cosine similarity, nearest rows, analogies.

Tolerances:
- embedding_lookup copies rows, so it is compared exactly (atol 0); one_hot @ E is exact too (each
  entry is one product by 1.0 plus products by 0.0).
- Cosines are compared with atol 1e-12. Correct implementations differ only by rounding (dividing
  by |a||b| at the end or normalising first, clipping or not), a few units of 1e-16 for the inputs
  here (entries with two decimals, at most 10 in size).
- Rankings (nearest, analogy) are not compared index by index: two rows whose cosines agree within
  SCORE_TOL = 1e-10 may come in either order, since rounding decides which is "larger". Exact ties
  between identical rows must go to the lower index, as the docstring says.
"""

import numpy as np
from hypothesis import assume, example, given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, assert_equal, assert_float, assert_true, check, fail, raises
from grader.strategies import seeds

COS_ATOL = 1e-12
SCORE_TOL = 1e-10

TOY_VOCAB = ["king", "queen", "man", "woman", "apple"]
TOY_E = np.array([
    [0.9, 0.5, 0.0, 0.2],
    [0.8, -0.5, 0.1, 0.2],
    [0.1, 0.6, 0.0, 0.3],
    [0.1, -0.5, 0.1, 0.3],
    [0.0, 0.0, 0.9, 0.3],
])
# a @ a / (|a| |a|) is 1.0000000000000002 here (and -1.0000000000000002 for -a): clipping matters.
ROUNDS_ABOVE_ONE = np.array([2.74, -4.6, -9.18])


# ---------------------------------------------------------------- strategies

def vectors(d: int) -> st.SearchStrategy[np.ndarray]:
    """float64 vectors of length d, entries with two decimals in [-10, 10] (no subnormal surprises)."""
    return hnp.arrays(np.int64, d, elements=st.integers(-1000, 1000)).map(lambda a: a / 100.0)


def matrices(min_rows: int = 1, max_rows: int = 8, d: int | None = None) -> st.SearchStrategy[np.ndarray]:
    widths = st.just(d) if d is not None else st.integers(1, 5)
    shapes = st.tuples(st.integers(min_rows, max_rows), widths)
    return shapes.flatmap(lambda s: hnp.arrays(np.int64, s, elements=st.integers(-1000, 1000))
                          .map(lambda a: a / 100.0))


@st.composite
def lookups(draw):
    """(E, ids): ids a list or an integer array of 0 to 2 dimensions, possibly empty, all in range."""
    E = draw(matrices())
    shape = draw(hnp.array_shapes(min_dims=0, max_dims=2, min_side=0, max_side=4))
    ids = draw(hnp.arrays(np.int64, shape, elements=st.integers(0, E.shape[0] - 1)))
    return E, ids.tolist() if ids.ndim == 1 and draw(st.booleans()) else ids


@st.composite
def vector_pairs(draw, nonzero: bool = True):
    d = draw(st.integers(1, 6))
    a, b = draw(vectors(d)), draw(vectors(d))
    if nonzero:
        assume(np.any(a) and np.any(b))
    return a, b


@st.composite
def searches(draw, with_duplicates: bool = False):
    """(E, query, k, exclude) for nearest; with_duplicates repeats rows of E so that exact ties happen."""
    if with_duplicates:
        distinct = draw(matrices(1, 4))
        picks = draw(st.lists(st.integers(0, len(distinct) - 1), min_size=2, max_size=8))
        E = distinct[picks]
    else:
        E = draw(matrices())
    V, d = E.shape
    query = draw(vectors(d))
    assume(np.any(query))
    k = draw(st.integers(0, V + 1))
    exclude = draw(st.lists(st.integers(0, V - 1), max_size=3))
    return E, query, k, exclude


@st.composite
def analogies(draw):
    """(E, vocab, a, b, c) on a random embedding of 4 to 8 words; the query is not the zero vector."""
    E = draw(matrices(4, 8))
    vocab = [f"w{i}" for i in range(len(E))]
    ia, ib, ic = (draw(st.integers(0, len(E) - 1)) for _ in range(3))
    assume(np.any(E[ib] - E[ia] + E[ic]))
    return E, vocab, vocab[ia], vocab[ib], vocab[ic]


# ---------------------------------------------------------------- helpers

def _scores(E: np.ndarray, query: np.ndarray) -> np.ndarray:
    """The cosine of every row with the query, a zero row scoring 0."""
    norms = np.linalg.norm(E, axis=1)
    return (E @ query) / (np.where(norms == 0, 1.0, norms) * np.linalg.norm(query))


def _is_int(value) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _assert_ranking(got, expected, E, query, k, exclude, what):
    """`got` is a correct answer of nearest(E, query, k, exclude), up to the order of near-ties."""
    if not isinstance(got, list) or not all(_is_int(i) for i in got):
        fail(f"{what} should return a list of ints", expected, got)
    skip = set(exclude)
    count = min(k, len(E) - len(skip))
    if len(got) != count:
        fail(f"{what} returned {len(got)} indices; expected min(k, V - len(set(exclude))) = {count}",
             expected, got)
    if len(set(got)) != len(got):
        fail(f"{what} returned an index twice", expected, got)
    for i in got:
        if not 0 <= i < len(E) or i in skip:
            fail(f"{what} returned {i}, which is {'excluded' if i in skip else 'not a row of E'}",
                 expected, got)
    s = _scores(E, query)
    for x, y in zip(got, got[1:]):
        if s[x] < s[y] - SCORE_TOL:
            fail(f"{what} is not sorted best first: row {y} (cosine {s[y]:.6g}) should come before "
                 f"row {x} (cosine {s[x]:.6g})", expected, got)
        if x > y and np.array_equal(E[x], E[y]):
            fail(f"{what}: rows {y} and {x} are identical, so the tie goes to the lower index {y} first",
                 expected, got)
    for i in range(len(E)):
        if i in skip or i in got or not got:
            continue
        if s[i] > s[got[-1]] + SCORE_TOL:
            fail(f"{what} left out row {i} (cosine {s[i]:.6g}), which beats row {got[-1]} "
                 f"(cosine {s[got[-1]]:.6g})", expected, got)
        lower_twin = [g for g in got if g > i and np.array_equal(E[i], E[g])]
        if lower_twin:
            fail(f"{what}: rows {i} and {lower_twin[0]} are identical, so the tie goes to the lower "
                 f"index {i}", expected, got)


# ---------------------------------------------------------------- embedding_lookup

@check(points=2, section="lookup-table",
       hint="The result is E[ids]: one row of E per id, in the shape of ids plus a last axis of size d.")
@given(inputs=lookups())
@example(inputs=(TOY_E, [2, 0]))
@example(inputs=(TOY_E, np.array(3)))
@example(inputs=(TOY_E, np.array([[0, 1, 1], [4, 4, 2]])))
@example(inputs=(TOY_E, []))
def lookup_returns_the_rows_of_the_ids(learner, reference, inputs):
    """embedding_lookup(E, ids) returns row ids[...] of E for every id, shape ids.shape + (d,)"""
    E, ids = inputs
    assert_close(learner.embedding_lookup(E, ids), reference.embedding_lookup(E, ids),
                 "embedding_lookup(E, ids)", atol=0.0)


@check(points=1, section="lookup-table")
@given(inputs=lookups())
@example(inputs=(TOY_E, np.array([2, 0])))
def lookup_equals_one_hot_times_E(learner, reference, inputs):
    """embedding_lookup(E, ids) equals one_hot(ids, V) @ E"""
    E, ids = inputs
    one_hot = np.eye(E.shape[0])[np.asarray(ids, dtype=np.int64)]
    assert_close(learner.embedding_lookup(E, ids), one_hot @ E, "embedding_lookup(E, ids)", atol=0.0)


@check(points=1, section="lookup-table",
       hint="A token id is a name, not a Python index: -1 is not 'the last row'. Check 0 <= id < V.")
@given(E=matrices(), bad=st.sampled_from([-1, -3, 0, 2]), shape=st.sampled_from([(), (1,), (2, 2)]))
@example(E=TOY_E, bad=-1, shape=(1,))
@example(E=TOY_E, bad=0, shape=(1,))
def out_of_range_ids_raise_index_error(learner, reference, E, bad, shape):
    """an id outside [0, V), negative ones included, raises IndexError"""
    bad_id = bad if bad < 0 else E.shape[0] + bad  # V, V + 2 or a negative id
    ids = np.zeros(shape, dtype=np.int64)
    ids.flat[-1] = bad_id
    with raises(IndexError, f"embedding_lookup(E with V={E.shape[0]} rows, ids={ids.tolist()})"):
        learner.embedding_lookup(E, ids)


# ---------------------------------------------------------------- cosine_similarity

@check(points=2, section="similarity", hint="cos(a, b) = a . b / (|a| |b|), returned as one float.")
@given(pair=vector_pairs())
@example(pair=(TOY_E[0], TOY_E[1]))
@example(pair=(np.array([3.0]), np.array([-0.5])))
def cosine_matches_the_reference(learner, reference, pair):
    """cosine_similarity(a, b) returns a . b / (|a| |b|) as a float"""
    a, b = pair
    assert_float(learner.cosine_similarity(a, b), reference.cosine_similarity(a, b),
                 "cosine_similarity(a, b)", atol=COS_ATOL)


@check(points=2, section="similarity",
       hint="Rounding can give 1.0000000000000002 for cos(a, a): clip the result to [-1, 1].")
@given(pair=vector_pairs(), scale=st.floats(0.01, 100.0))
@example(pair=(ROUNDS_ABOVE_ONE, ROUNDS_ABOVE_ONE), scale=1.0)
@example(pair=(ROUNDS_ABOVE_ONE, -ROUNDS_ABOVE_ONE), scale=2.0)
def cosine_is_an_angle(learner, reference, pair, scale):
    """the cosine is in [-1, 1], symmetric, 1 for cos(a, a), unchanged by scaling, negated by -a"""
    a, b = pair
    ab = learner.cosine_similarity(a, b)
    assert_true(isinstance(ab, (float, np.floating)) and -1.0 <= ab <= 1.0,
                f"cosine_similarity(a, b) returned {ab!r}; a cosine is a float in [-1, 1]")
    assert_float(learner.cosine_similarity(b, a), ab, "cosine_similarity(b, a) (vs. (a, b))", atol=COS_ATOL)
    aa = learner.cosine_similarity(a, a)
    assert_true(-1.0 <= aa <= 1.0, f"cosine_similarity(a, a) returned {aa!r}, outside [-1, 1]")
    assert_float(aa, 1.0, "cosine_similarity(a, a)", atol=COS_ATOL)
    assert_float(learner.cosine_similarity(scale * a, b), ab, f"cosine_similarity({scale!r} * a, b)",
                 atol=COS_ATOL)
    assert_float(learner.cosine_similarity(-a, b), -ab, "cosine_similarity(-a, b)", atol=COS_ATOL)


@check(points=1, section="similarity",
       hint="Check that the shapes match and that neither norm is 0 before dividing.")
@given(pair=vector_pairs(nonzero=False), which=st.sampled_from(["zero a", "zero b", "shapes"]))
@example(pair=(np.array([1.0, 2.0]), np.array([3.0, 4.0])), which="zero b")
@example(pair=(np.array([1.0, 2.0]), np.array([3.0, 4.0])), which="shapes")
def cosine_rejects_zero_vectors_and_mismatched_shapes(learner, reference, pair, which):
    """a zero vector, or vectors of different shapes, raise ValueError"""
    a, b = pair
    if which == "zero a":
        a = np.zeros_like(a)
    elif which == "zero b":
        b = np.zeros_like(b)
    else:
        b = np.append(b, 1.0)
    with raises(ValueError, f"cosine_similarity({a.tolist()}, {b.tolist()})"):
        learner.cosine_similarity(a, b)


# ---------------------------------------------------------------- nearest

@check(points=3, section="similarity",
       hint="Score every row by its cosine with the query, then return the k best indices, best first.")
@given(search=searches())
@example(search=(TOY_E, TOY_E[0], 3, []))
@example(search=(TOY_E, TOY_E[0] - TOY_E[2] + TOY_E[3], 5, []))
def nearest_ranks_rows_by_cosine(learner, reference, search):
    """nearest(E, query, k) returns the k rows with the highest cosine to the query, best first"""
    E, query, k, exclude = search
    got = learner.nearest(E, query, k, exclude=exclude)
    _assert_ranking(got, reference.nearest(E, query, k, exclude=exclude), E, query, k, exclude,
                    f"nearest(E, query, k={k}, exclude={exclude})")


@check(points=2, section="similarity",
       hint="Use a stable sort on the score alone (Python's sorted, or np.argsort(-scores, kind='stable')).")
@given(search=searches(with_duplicates=True))
@example(search=(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [2.0, 0.0]]), np.array([1.0, 0.0]), 3, []))
@example(search=(np.array([[0.0, 1.0], [0.0, 1.0], [0.0, 1.0]]), np.array([1.0, 1.0]), 2, [0]))
def nearest_breaks_ties_by_the_lower_index(learner, reference, search):
    """rows with equal cosines come lower index first"""
    E, query, k, exclude = search
    got = learner.nearest(E, query, k, exclude=exclude)
    _assert_ranking(got, reference.nearest(E, query, k, exclude=exclude), E, query, k, exclude,
                    f"nearest(E, query, k={k}, exclude={exclude})")


@check(points=2, section="analogies",
       hint="Remove the excluded rows before taking the k best, so that k indices are still returned.")
@given(E=matrices(3, 8), k=st.integers(0, 9), data=st.data())
@example(E=TOY_E, k=2, data=None)
def nearest_skips_excluded_rows_and_returns_min_k_v(learner, reference, E, k, data):
    """excluded rows are never returned, and min(k, V - len(set(exclude))) distinct indices are"""
    V = len(E)
    if data is None:  # the pinned example: the best row and a repeat are excluded, k = 0, k > V, all out
        cases = [(TOY_E[0], 2, [0, 0, 2]), (TOY_E[0], 0, []), (TOY_E[1], 9, [3]), (TOY_E[1], 2, [0, 1, 2, 3, 4])]
    else:
        query = data.draw(vectors(E.shape[1]).filter(np.any))
        exclude = data.draw(st.lists(st.integers(0, V - 1), min_size=1, max_size=V + 1))
        cases = [(query, k, exclude)]
    for query, k, exclude in cases:
        got = learner.nearest(E, query, k, exclude=exclude)
        _assert_ranking(got, reference.nearest(E, query, k, exclude=exclude), E, query, k, exclude,
                        f"nearest(E, query, k={k}, exclude={exclude})")


@check(points=1, section="similarity",
       hint="A zero row has no direction: give it score 0 (dividing 0 by 0 would give NaN). "
            "A zero query has none either: raise ValueError, as for a negative k.")
@given(E=matrices(2, 6), zero_row=st.integers(0, 5), data=st.data())
@example(E=np.array([[0.0, 0.0], [1.0, 0.0], [-1.0, 0.0]]), zero_row=0, data=None)
def nearest_scores_zero_rows_zero_and_rejects_a_zero_query(learner, reference, E, zero_row, data):
    """a zero row of E scores 0; a zero query or a negative k raises ValueError"""
    E = E.copy()
    E[zero_row % len(E)] = 0.0
    query = np.array([1.0, 0.0]) if data is None else data.draw(vectors(E.shape[1]).filter(np.any))
    got = learner.nearest(E, query, len(E))
    _assert_ranking(got, reference.nearest(E, query, len(E)), E, query, len(E), [],
                    f"nearest(E with row {zero_row % len(E)} all zeros, query, k={len(E)})")
    with raises(ValueError, "nearest(E, query=zeros, k=1)"):
        learner.nearest(E, np.zeros_like(query), 1)
    with raises(ValueError, "nearest(E, query, k=-1)"):
        learner.nearest(E, query, -1)


@check(points=1, section="similarity",
       hint="Work on new arrays: `E /= norms` or `query -= ...` on a row of E changes the caller's data.")
@given(search=searches())
@example(search=(TOY_E, TOY_E[0], 2, [1]))
def nearest_and_analogy_leave_their_inputs_unchanged(learner, reference, search):
    """nearest and analogy leave E and the query unchanged"""
    E, query, k, exclude = search
    _, args, _ = learner.call_and_inputs("nearest", E, query, k, exclude)
    assert_close(args[0], E, "E after nearest(E, query, k)", atol=0.0)
    assert_close(args[1], query, "the query after nearest(E, query, k)", atol=0.0)
    if len(E) >= 4:
        vocab = [f"w{i}" for i in range(len(E))]
        E2 = E.copy()
        E2[0] = 1.5  # the query E[w1] - E[w1] + E[w0] = E[0] is not the zero vector
        _, args, _ = learner.call_and_inputs("analogy", E2, vocab, "w1", "w1", "w0")
        assert_close(args[0], E2, 'E after analogy(E, vocab, "w1", "w1", "w0")', atol=0.0)


# ---------------------------------------------------------------- analogy

@check(points=2, section="analogies",
       hint="Compute E[b] - E[a] + E[c], then take the nearest word by cosine, skipping a, b and c.")
@given(case=analogies())
@example(case=(TOY_E, TOY_VOCAB, "man", "king", "woman"))
@example(case=(TOY_E, TOY_VOCAB, "king", "queen", "man"))
def analogy_returns_the_nearest_other_word(learner, reference, case):
    """analogy(E, vocab, a, b, c) returns the word nearest to E[b] - E[a] + E[c], other than a, b, c"""
    E, vocab, a, b, c = case
    what = f"analogy(E, vocab, {a!r}, {b!r}, {c!r})"
    got, expected = learner.analogy(E, vocab, a, b, c), reference.analogy(E, vocab, a, b, c)
    if got == expected:
        return
    if not isinstance(got, str) or got not in vocab:
        fail(f"{what} should return one of the words of vocab", expected, got)
    if got in (a, b, c):
        fail(f"{what} returned {got!r}, one of the three input words, which are excluded", expected, got)
    s = _scores(E, E[vocab.index(b)] - E[vocab.index(a)] + E[vocab.index(c)])
    if s[vocab.index(got)] < s[vocab.index(expected)] - SCORE_TOL:
        fail(f"{what} returned {got!r} (cosine {s[vocab.index(got)]:.6g}), but {expected!r} is nearer "
             f"(cosine {s[vocab.index(expected)]:.6g})", expected, got)


def _royal_family(seed: int) -> tuple[np.ndarray, list[str]]:
    """Words built as sums of orthonormal attribute vectors plus a little noise, in a random order."""
    rng = np.random.default_rng(seed)
    person, male, royal, young, fruit, animal, country = np.linalg.qr(rng.normal(size=(12, 7)))[0].T
    words = {
        "man": person + male, "woman": person - male, "boy": person + male + young,
        "girl": person - male + young, "king": person + male + royal, "queen": person - male + royal,
        "prince": person + male + royal + young, "princess": person - male + royal + young,
        "apple": fruit, "dog": animal + young, "france": country + royal,
    }
    vocab = list(rng.permutation(list(words)))
    E = np.array([words[w] for w in vocab]) + 0.03 * rng.normal(size=(len(vocab), 12))
    return E, [str(w) for w in vocab]


@check(points=2, section="analogies")
@settings(max_examples=15)
@given(seed=seeds())
@example(seed=0)
def man_is_to_king_as_woman_is_to_queen(learner, reference, seed):
    """with words made of gender, royalty and age directions, man : king = woman : queen for every seed"""
    E, vocab = _royal_family(seed)
    assert_equal(learner.analogy(E, vocab, "man", "king", "woman"), "queen",
                 f'analogy(E, vocab, "man", "king", "woman") on the royal family built with seed {seed}')
    assert_equal(learner.analogy(E, vocab, "boy", "prince", "girl"), "princess",
                 f'analogy(E, vocab, "boy", "prince", "girl") on the royal family built with seed {seed}')


@check(points=1, section="analogies", hint="Look the three words up first and let a missing one raise KeyError.")
@given(missing=st.sampled_from(["a", "b", "c"]))
def analogy_rejects_unknown_words_and_an_empty_choice(learner, reference, missing):
    """a word that is not in vocab raises KeyError; with nothing left after excluding a, b, c, ValueError"""
    words = {"a": "man", "b": "king", "c": "woman", missing: "unicorn"}
    with raises(KeyError, f'analogy(E, vocab, {words["a"]!r}, {words["b"]!r}, {words["c"]!r}) (no "unicorn")'):
        learner.analogy(TOY_E, TOY_VOCAB, words["a"], words["b"], words["c"])
    with raises(ValueError, 'analogy(E, ["king", "queen", "man"], "man", "king", "queen") (no word left)'):
        learner.analogy(TOY_E[:3], TOY_VOCAB[:3], "man", "king", "queen")

"""Hidden checks for exercises/next_token/bigram.py: bigram counts, add-k smoothing, greedy generation.

Counts and token ids are compared exactly. Probabilities are compared with atol 1e-12 + rtol 1e-9:
they are small ratios of small whole numbers, and correct implementations differ only in rounding
(dividing once or twice, summing a row in another order), which stays near 1e-16.

Inputs are small: vocabularies of 1 to 6 tokens and corpora of up to 30 ids, so that pairs repeat,
ties happen and some tokens are never followed by anything (rows of zeros).
"""

import numpy as np
from hypothesis import example, given, settings, strategies as st

from grader.checks import assert_close, assert_equal, assert_true, check, fail, raises

ATOL, RTOL = 1e-12, 1e-9


# --- inputs ------------------------------------------------------------------------------------

@st.composite
def corpora(draw, min_vocab: int = 1, max_vocab: int = 6) -> tuple[list[int], int]:
    """(token_ids, vocab_size): up to 30 ids drawn from range(vocab_size)."""
    vocab_size = draw(st.integers(min_vocab, max_vocab))
    return draw(st.lists(st.integers(0, vocab_size - 1), max_size=30)), vocab_size


@st.composite
def count_tables(draw, max_vocab: int = 6) -> np.ndarray:
    """(V, V) int64 counts with entries 0..3: ties within a row and rows of zeros are common."""
    vocab_size = draw(st.integers(1, max_vocab))
    cells = draw(st.lists(st.integers(0, 3), min_size=vocab_size**2, max_size=vocab_size**2))
    return np.array(cells, dtype=np.int64).reshape(vocab_size, vocab_size)


def smoothings() -> st.SearchStrategy[float]:
    """Add-one most of the time, or any pseudo-count from 0.01 to 5."""
    return st.one_of(st.just(1.0), st.floats(0.01, 5.0))


def _require_ids(got, what: str) -> None:
    if not isinstance(got, list) or not all(isinstance(t, (int, np.integer)) for t in got):
        fail(f"{what} should return a list of ints, not {type(got).__name__}", got=got)


# --- counting ----------------------------------------------------------------------------------

@check(points=3, section="bigram-model",
       hint="Loop over zip(ids, ids[1:]) and add 1 to counts[current, next] in an int64 array of zeros.")
@given(corpus=corpora())
@example(corpus=([0, 1, 0, 1], 2))
@example(corpus=([2, 2, 2], 3))
@example(corpus=([], 3))
@example(corpus=([4], 5))
@example(corpus=([0, 0], 1))
def counts_match_the_reference(learner, reference, corpus):
    """bigram_counts gives a (V, V) integer table with counts[a, b] = how often b follows a"""
    ids, vocab_size = corpus
    assert_equal(learner.bigram_counts(ids, vocab_size), reference.bigram_counts(ids, vocab_size),
                 f"bigram_counts({ids}, {vocab_size})")


@check(points=1, section="bigram-model",
       hint="Row a counts what follows a: the token before is the row, the token after is the column.")
@given(corpus=corpora(min_vocab=2))
@example(corpus=([0, 1, 1], 2))
def counts_add_up_to_one_per_pair(learner, reference, corpus):
    """the counts add up to len(ids) - 1, and row a to the number of times a is followed by a token"""
    ids, vocab_size = corpus
    counts = learner.bigram_counts(ids, vocab_size)
    if not isinstance(counts, np.ndarray) or counts.shape != (vocab_size, vocab_size):
        fail(f"bigram_counts({ids}, {vocab_size}) should be a ({vocab_size}, {vocab_size}) array", got=counts)
    total = int(np.sum(counts))
    assert_true(total == max(len(ids) - 1, 0),
                f"bigram_counts({ids}, {vocab_size}) adds up to {total}; {len(ids)} ids hold "
                f"{max(len(ids) - 1, 0)} pairs")
    followed = np.bincount(np.array(ids[:-1], dtype=np.int64), minlength=vocab_size)
    assert_close(np.asarray(counts.sum(axis=1)), followed,
                 f"the row sums of bigram_counts({ids}, {vocab_size}) (row a: how often a has a next token)",
                 atol=0, dtype_kind=None)


@check(points=1, section="bigram-model",
       hint="counts[-1, b] silently counts into the last row: check each id against range(vocab_size).")
@given(corpus=corpora(), bad=st.sampled_from([-1, -2, 0, 1]), at=st.integers(0, 30))
@example(corpus=([0, 1], 2), bad=-1, at=0)
@example(corpus=([0, 1], 2), bad=0, at=2)
def ids_outside_the_vocabulary_raise_value_error(learner, reference, corpus, bad, at):
    """bigram_counts raises ValueError for an id outside range(vocab_size), negative ones included"""
    ids, vocab_size = corpus
    bad = bad if bad < 0 else vocab_size + bad
    ids = ids[:at] + [bad] + ids[at:]
    with raises(ValueError, f"bigram_counts({ids}, {vocab_size})"):
        learner.bigram_counts(ids, vocab_size)


# --- probabilities -----------------------------------------------------------------------------

@check(points=3, section="bigram-model",
       hint="Add k to every cell, then divide each row by its own total, which is the row's count + k * V.")
@given(corpus=corpora(), smoothing=smoothings())
@example(corpus=([0, 1, 0, 1], 2), smoothing=1.0)
@example(corpus=([0, 1, 0, 1], 2), smoothing=0.5)
@example(corpus=([], 1), smoothing=1.0)
def probs_match_the_reference(learner, reference, corpus, smoothing):
    """next_token_probs gives (counts[a, b] + k) / (counts[a].sum() + k * V) for every cell"""
    counts = reference.bigram_counts(*corpus)
    assert_close(learner.next_token_probs(counts, smoothing=smoothing),
                 reference.next_token_probs(counts, smoothing=smoothing),
                 f"next_token_probs(counts, smoothing={smoothing!r})", atol=ATOL, rtol=RTOL)


@check(points=1, section="bigram-model")
def add_one_on_the_chapter_example(learner, reference):
    """on [0, 1, 0, 1] with V = 2 and add-one smoothing, P(1 | 0) = (2 + 1) / (2 + 2) = 0.75"""
    probs = learner.next_token_probs(learner.bigram_counts([0, 1, 0, 1], 2), smoothing=1.0)
    assert_close(probs, np.array([[0.25, 0.75], [2 / 3, 1 / 3]]),
                 "next_token_probs(bigram_counts([0, 1, 0, 1], 2))", atol=ATOL, rtol=RTOL)


@check(points=1, section="bigram-model",
       hint="Normalise along axis=1 (each row), with keepdims=True so the division broadcasts.")
@given(counts=count_tables(), smoothing=st.floats(0.001, 5.0))
def smoothed_rows_are_distributions_without_zeros(learner, reference, counts, smoothing):
    """with smoothing k > 0, every row sums to 1 and every probability is > 0"""
    probs = learner.next_token_probs(counts, smoothing=smoothing)
    assert_close(probs, reference.next_token_probs(counts, smoothing=smoothing),
                 f"next_token_probs(counts, smoothing={smoothing!r})", atol=1e-6)
    assert_close(probs.sum(axis=1), np.ones(len(counts)), "the row sums", atol=1e-9)
    assert_true(bool(np.all(probs > 0)), "some probabilities are 0 although smoothing > 0")


@check(points=2, section="bigram-model",
       hint="With k = 0 a row of zeros is 0 / 0: give it 1 / V everywhere instead of NaN.")
@given(counts=count_tables())
@example(counts=np.array([[0, 2], [0, 0]]))
@example(counts=np.zeros((3, 3), dtype=np.int64))
@example(counts=np.array([[3]]))
def smoothing_zero_gives_frequencies_and_uniform_unseen_rows(learner, reference, counts):
    """with smoothing 0, rows are plain frequencies, and a row of zeros becomes uniform (1 / V each)"""
    assert_close(learner.next_token_probs(counts, smoothing=0.0), reference.next_token_probs(counts, smoothing=0.0),
                 "next_token_probs(counts, smoothing=0)", atol=ATOL, rtol=RTOL)


@check(points=1, section="bigram-model")
@given(smoothing=st.floats(-10, -1e-6))
@example(smoothing=-1.0)
def negative_smoothing_raises_value_error(learner, reference, smoothing):
    """next_token_probs raises ValueError for a negative smoothing"""
    with raises(ValueError, f"next_token_probs(counts, smoothing={smoothing!r})"):
        learner.next_token_probs(np.array([[1, 2], [0, 1]]), smoothing=smoothing)


@check(points=1, section="bigram-model",
       hint="`counts += k` changes the caller's array; `counts + k` makes a new one.")
@given(counts=count_tables(), smoothing=smoothings(), as_float=st.booleans())
def counts_are_not_modified(learner, reference, counts, smoothing, as_float):
    """next_token_probs leaves the counts it is given unchanged"""
    counts = counts.astype(np.float64) if as_float else counts
    _, args, _ = learner.call_and_inputs("next_token_probs", counts, smoothing=smoothing)
    assert_close(args[0], counts, "the counts after your call", atol=0, dtype_kind=None)


@check(points=2, section="bigram-model",
       hint="Nothing may depend on the id's value: a token's row and column hold only its own pairs.")
@given(corpus=corpora(min_vocab=2).flatmap(lambda c: st.tuples(st.just(c), st.permutations(range(c[1])))))
@example(corpus=(([0, 1, 0, 1, 1], 3), [2, 0, 1]))
def relabelling_the_ids_permutes_rows_and_columns(learner, reference, corpus):
    """renaming token a to perm[a] moves counts[a, b] and P(b | a) to [perm[a], perm[b]]"""
    (ids, vocab_size), perm = corpus
    renamed = [perm[t] for t in ids]
    for what, make in (("bigram_counts(ids, V)", lambda x: learner.bigram_counts(x, vocab_size)),
                       ("next_token_probs(bigram_counts(ids, V))",
                        lambda x: learner.next_token_probs(learner.bigram_counts(x, vocab_size)))):
        original, relabelled = make(ids), make(renamed)
        for table in (original, relabelled):
            if not isinstance(table, np.ndarray) or table.shape != (vocab_size, vocab_size):
                fail(f"{what} should be a ({vocab_size}, {vocab_size}) array", got=table)
        assert_close(relabelled[np.ix_(perm, perm)], original,
                     f"{what} for the renamed ids, read back at [perm[a], perm[b]] with perm = {list(perm)}",
                     atol=ATOL, rtol=RTOL, dtype_kind=None)


@check(points=1, section="bigram-model")
@settings(max_examples=10)
@given(case=st.integers(2, 6).flatmap(
    lambda v: st.tuples(st.just(v), st.lists(st.integers(0, v - 1), min_size=2, max_size=2, unique=True))))
@example(case=(2, [0, 1]))
def repeating_a_pair_pushes_its_probability_toward_one(learner, reference, case):
    """the more often [a, b] repeats, the higher P(b | a) with add-one smoothing, heading for 1"""
    vocab_size, (a, b) = case
    seen = []
    for n in (1, 2, 3, 5, 10, 200):
        probs = learner.next_token_probs(learner.bigram_counts([a, b] * n, vocab_size), smoothing=1.0)
        seen.append(float(probs[a, b]))
        if len(seen) > 1 and not seen[-1] > seen[-2]:
            fail(f"P({b} | {a}) went from {seen[-2]:.4f} to {seen[-1]:.4f} when [{a}, {b}] was repeated "
                 f"{n} times instead of fewer; more evidence should raise it", got=seen)
    assert_true(seen[-1] > 0.95, f"P({b} | {a}) is only {seen[-1]:.4f} after 200 repetitions of [{a}, {b}]")


# --- greedy generation -------------------------------------------------------------------------

@check(points=2, section="generation-loop",
       hint="Look along row probs[token] (not the column); np.argmax keeps the first of equal maxima.")
@given(counts=count_tables())
@example(counts=np.array([[1, 3], [2, 2]]))
@example(counts=np.array([[0, 0, 0], [2, 1, 2], [1, 2, 0]]))
def most_likely_next_takes_the_largest_in_the_row_ties_to_the_smallest(learner, reference, counts):
    """most_likely_next returns the id with the largest probability in the token's row; ties go to the smallest id"""
    probs = reference.next_token_probs(counts, smoothing=0.0)
    for token in range(len(counts)):
        assert_equal(learner.most_likely_next(probs, token), reference.most_likely_next(probs, token),
                     f"most_likely_next(probs, {token}) with row {probs[token].round(4).tolist()}")


@check(points=2, section="generation-loop",
       hint="Start the list with `start` and append exactly `steps` tokens, each chosen from the last one.")
@given(counts=count_tables(), start=st.integers(0, 5), steps=st.integers(0, 8))
@example(counts=np.array([[1, 3], [2, 2]]), start=0, steps=4)
@example(counts=np.array([[1, 3], [2, 2]]), start=1, steps=1)
def greedy_continue_matches_the_reference(learner, reference, counts, start, steps):
    """greedy_continue returns start followed by `steps` greedy choices, each from the token before it"""
    probs = reference.next_token_probs(counts, smoothing=0.5)
    start = start % len(counts)
    got = learner.greedy_continue(probs, start, steps)
    _require_ids(got, f"greedy_continue(probs, {start}, {steps})")
    assert_equal(got, reference.greedy_continue(probs, start, steps), f"greedy_continue(probs, {start}, {steps})")


@check(points=1, section="generation-loop")
@given(steps=st.integers(-5, 0))
@example(steps=0)
@example(steps=-1)
def greedy_continue_handles_zero_and_negative_steps(learner, reference, steps):
    """greedy_continue with steps = 0 returns [start]; negative steps raise ValueError"""
    probs = np.array([[0.25, 0.75], [0.5, 0.5]])
    if steps == 0:
        assert_equal(learner.greedy_continue(probs, 1, 0), [1], "greedy_continue(probs, 1, 0)")
        return
    with raises(ValueError, f"greedy_continue(probs, 1, {steps})"):
        learner.greedy_continue(probs, 1, steps)

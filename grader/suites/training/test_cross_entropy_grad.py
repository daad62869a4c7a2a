"""Hidden checks for exercises/training/cross_entropy_grad.py: the loss, its gradient, ignored rows.

Inputs are small: N in 1..6 rows, V in 1..8 entries, logits up to 30 in size (1e4 for the overflow
check); some targets are replaced by ignore_index, which is -100 unless a check draws another one.

Tolerances.
- Against the reference: atol 1e-10 + rtol 1e-7, for the loss and the gradient. Correct versions
  differ only by rounding (logsumexp written another way, a one-hot matrix instead of indexing, the
  division by n done first or last): the catalogue's alternative stays within 1e-14 of the reference
  for logits up to 30, and within 4e-12 for logits up to 1e4 (a loss of 1e4 carries 1e4 * 1e-16 per
  operation). The mistakes these checks target (dividing by N instead of n, a missing max
  subtraction, a gradient left on ignored rows) are off by 1e-2 or more.
- Against finite differences: central differences of the reference loss with a step of 1e-5 are
  within about 1e-9 of the true slope here (truncation h**2 * |f'''| / 6 below 1e-10, rounding
  1e-16 * |loss| / h below 1e-9); each gradient entry must be within 1e-6 of them.
"""

import numpy as np
from hypothesis import example, given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, assert_float, assert_true, check, raises
from grader.strategies import finite_floats

ATOL, RTOL = 1e-10, 1e-7
FD_STEP, FD_ATOL = 1e-5, 1e-6
IGNORE = -100

# The chapter's worked example, and a batch where the last of three rows is masked out.
CHAPTER = (np.array([[2.0, 1.0, 0.1]]), np.array([0]))
MASKED = (np.array([[2.0, 1.0, 0.1], [2.0, 1.0, 0.1], [0.0, 9.0, 0.0]]), np.array([0, 1, IGNORE]))


# --- inputs -----------------------------------------------------------------------------------------

@st.composite
def batches(draw, magnitude: float = 30.0, ignored: bool = True, ignore_index: int = IGNORE,
            min_V: int = 1):
    """(logits (N, V), targets (N,)): N in 1..6, V in min_V..8, at least one row kept.

    The kept rows' targets avoid ignore_index, so an ignore_index inside range(V) needs min_V >= 2.
    With `ignored`, each row may have ignore_index as its target instead of a token id.
    """
    N, V = draw(st.integers(1, 6), label="N"), draw(st.integers(min_V, 8), label="V")
    logits = draw(hnp.arrays(np.float64, (N, V), elements=finite_floats(magnitude)), label="logits")
    ids = st.integers(0, V - 1).filter(lambda t: t != ignore_index)  # a kept row never has ignore_index
    targets = draw(hnp.arrays(np.int64, (N,), elements=ids), label="targets")
    if ignored:
        mask = draw(hnp.arrays(np.bool_, (N,)), label="ignored rows")
        mask[draw(st.integers(0, N - 1), label="a kept row")] = False
        targets = np.where(mask, ignore_index, targets)
    return logits, targets


def kept_rows(batch, ignore_index: int = IGNORE):
    logits, targets = batch
    kept = targets != ignore_index
    return logits[kept], targets[kept]


def finite_difference(reference, logits, targets, ignore_index: int = IGNORE) -> np.ndarray:
    """Central differences of the reference loss, one logit at a time."""
    slopes = np.zeros_like(logits)
    for index in np.ndindex(logits.shape):
        nudged = logits.copy()
        nudged[index] += FD_STEP
        above = reference.cross_entropy(nudged, targets, ignore_index)
        nudged[index] -= 2 * FD_STEP
        below = reference.cross_entropy(nudged, targets, ignore_index)
        slopes[index] = (above - below) / (2 * FD_STEP)
    return slopes


# --- the loss ---------------------------------------------------------------------------------------

@check(points=2, section="cross-entropy",
       hint="For each row, -log softmax(z)[y] = logsumexp(z) - z[y]; then take the mean over the rows.")
@given(batch=batches(ignored=False))
@example(batch=CHAPTER)
@example(batch=(MASKED[0], np.array([0, 1, 2])))
@example(batch=(np.array([[3.0]]), np.array([0])))
def cross_entropy_matches_the_reference(learner, reference, batch):
    """cross_entropy(logits, targets) is the mean over the rows of -log softmax(row)[target]"""
    logits, targets = batch
    assert_float(learner.cross_entropy(logits, targets), reference.cross_entropy(logits, targets),
                 "cross_entropy(logits, targets)", atol=ATOL, rtol=RTOL)


@check(points=2, section="cross-entropy",
       hint="Keep only the rows whose target is not ignore_index, then take the mean over those rows: "
            "divide by the number of kept rows, not by N.")
@given(batch=batches())
@example(batch=MASKED)
@example(batch=(np.array([[1e4, 0.0], [0.0, 0.0]]), np.array([IGNORE, 0])))  # an ignored row can be huge
def ignored_rows_are_left_out_of_the_mean(learner, reference, batch):
    """the loss with ignored rows equals the loss of the kept rows alone (their mean, not a mean over N)"""
    logits, targets = batch
    assert_float(learner.cross_entropy(logits, targets), reference.cross_entropy(*kept_rows(batch)),
                 f"cross_entropy(logits, targets) with targets {targets.tolist()}", atol=ATOL, rtol=RTOL)


@check(points=1, section="cross-entropy",
       hint="Compare the targets with the ignore_index argument, not with the number -100.")
@settings(max_examples=30)
@given(data=st.data(), ignore_index=st.sampled_from([-1, 0, 3, 7, -100]))
def the_ignore_index_argument_is_used(learner, reference, data, ignore_index):
    """ignore_index can be any int (-1, 0, 7...): the rows whose target equals it are ignored, in the loss and the gradient"""
    logits, targets = data.draw(batches(ignore_index=ignore_index, min_V=2), label="batch")
    what = f"cross_entropy(logits, targets, ignore_index={ignore_index}) with targets {targets.tolist()}"
    assert_float(learner.cross_entropy(logits, targets, ignore_index),
                 reference.cross_entropy(logits, targets, ignore_index), what, atol=ATOL, rtol=RTOL)
    assert_close(learner.cross_entropy_grad(logits, targets, ignore_index),
                 reference.cross_entropy_grad(logits, targets, ignore_index),
                 what.replace("cross_entropy", "cross_entropy_grad", 1), atol=ATOL, rtol=RTOL)


@st.composite
def equal_logits(draw):
    """(logits, targets): every logit the same value (up to 1e3), N in 1..6, V in 1..8."""
    logits, targets = draw(batches(magnitude=1.0))
    return np.full(logits.shape, draw(finite_floats(1e3), label="value")), targets


@check(points=1, section="cross-entropy",
       hint="Equal logits mean a uniform guess, probability 1/V for each token, so the loss is log(V).")
@given(batch=equal_logits())
@example(batch=(np.zeros((1, 7)), np.array([3])))
@example(batch=(np.full((3, 5), 1000.0), np.array([0, IGNORE, 2])))
def equal_logits_give_log_v(learner, reference, batch):
    """when every logit of a row is the same, the loss is log(V), whatever the value and the targets"""
    logits, targets = batch
    N, V = logits.shape
    assert_float(learner.cross_entropy(logits, targets), float(np.log(V)),
                 f"the loss of {N} row(s) of {V} equal logits ({float(logits[0, 0])!r}), "
                 f"targets {targets.tolist()}", atol=ATOL, rtol=RTOL)


@check(points=2, section="cross-entropy",
       hint="Subtract each row's largest logit before np.exp, and take the log of a sum, never of a "
            "probability: exp(-1000) underflows to 0 and log(0) is -inf.")
@settings(max_examples=40)
@given(batch=batches(magnitude=1e4, min_V=2))
@example(batch=(np.array([[1000.0, 1001.0, 1002.0]]), np.array([0])))
@example(batch=(np.array([[1000.0, 0.0]]), np.array([1])))
@example(batch=(np.array([[-1e4, -1e4 + 1.0], [1e4, -1e4]]), np.array([0, 1])))
def large_logits_do_not_overflow(learner, reference, batch):
    """logits like 1000 or -1e4 give a finite, correct loss and gradient (no overflow, no log(0))"""
    logits, targets = batch
    assert_float(learner.cross_entropy(logits, targets), reference.cross_entropy(logits, targets),
                 "cross_entropy(logits, targets)", atol=ATOL, rtol=RTOL)
    assert_close(learner.cross_entropy_grad(logits, targets), reference.cross_entropy_grad(logits, targets),
                 "cross_entropy_grad(logits, targets)", atol=ATOL, rtol=RTOL)


@check(points=1, section="cross-entropy",
       hint="Before averaging, raise ValueError when no row is kept, or when a kept target is below 0 "
            "or at least V (a target of -1 would otherwise quietly pick the last logit).")
@settings(max_examples=20)
@given(case=st.sampled_from(["every row ignored", "no rows", "target -1", "target V", "target V+5"]),
       function=st.sampled_from(["cross_entropy", "cross_entropy_grad"]))
def no_kept_row_or_a_bad_target_raises_value_error(learner, reference, case, function):
    """both functions raise ValueError when every target is ignore_index, and when a target is outside range(V)"""
    logits = np.array([[0.5, 1.0, -1.0], [2.0, 0.0, 1.0]])
    targets = {"every row ignored": [IGNORE, IGNORE], "no rows": [], "target -1": [0, -1],
               "target V": [3, 1], "target V+5": [IGNORE, 8]}[case]
    if case == "no rows":
        logits = np.zeros((0, 3))
    targets = np.array(targets, dtype=np.int64)
    with raises(ValueError, f"{function}(logits of shape {logits.shape}, targets={targets.tolist()})"):
        getattr(learner, function)(logits, targets)


# --- the gradient -----------------------------------------------------------------------------------

@check(points=2, section="backpropagation",
       hint="Each row of the gradient is softmax(row) minus the one-hot vector of its target, divided "
            "by the number of rows.")
@given(batch=batches(ignored=False))
@example(batch=CHAPTER)
@example(batch=(np.array([[2.0, 1.0, 0.1], [5.0, 5.0, 5.0]]), np.array([0, 2])))
@example(batch=(np.array([[3.0]]), np.array([0])))
def gradient_matches_the_reference(learner, reference, batch):
    """cross_entropy_grad(logits, targets) is (softmax - onehot) / N, row by row"""
    logits, targets = batch
    assert_close(learner.cross_entropy_grad(logits, targets), reference.cross_entropy_grad(logits, targets),
                 "cross_entropy_grad(logits, targets)", atol=ATOL, rtol=RTOL)


@check(points=2, section="cross-entropy",
       hint="Ignored rows get exactly 0; the kept rows are (softmax - onehot) divided by the number of "
            "kept rows, the same n the loss divides by.")
@given(batch=batches())
@example(batch=MASKED)
@example(batch=(np.array([[2.0, 1.0, 0.1], [5.0, 5.0, 5.0]]), np.array([0, IGNORE])))
def ignored_rows_get_zero_gradient(learner, reference, batch):
    """ignored rows get a gradient of exactly 0, and kept rows are divided by the number of kept rows"""
    logits, targets = batch
    got = learner.cross_entropy_grad(logits, targets)
    what = f"cross_entropy_grad(logits, targets) with targets {targets.tolist()}"
    assert_close(got, reference.cross_entropy_grad(logits, targets), what, atol=ATOL, rtol=RTOL)
    ignored = targets == IGNORE
    assert_true(bool(np.all(got[ignored] == 0.0)),
                f"{what}: the ignored rows {np.flatnonzero(ignored).tolist()} should be exactly 0")


@check(points=2, section="backpropagation",
       hint="The gradient of the mean loss is (p - onehot) / n: check the sign (p minus onehot, not the "
            "reverse) and the division by the number of kept rows.")
@settings(max_examples=30)
@given(batch=batches(magnitude=5.0))
@example(batch=MASKED)
def gradient_matches_finite_differences(learner, reference, batch):
    """every entry of the gradient is the slope of the loss measured by nudging that one logit"""
    logits, targets = batch
    slopes = finite_difference(reference, logits, targets)
    assert_close(learner.cross_entropy_grad(logits, targets), slopes,
                 "cross_entropy_grad(logits, targets), compared with finite differences of the loss",
                 atol=FD_ATOL)


@check(points=1, section="backpropagation",
       hint="softmax sums to 1 and the one-hot vector sums to 1, so every row of the gradient sums to 0; "
            "shifting a row's logits does not change softmax.")
@given(batch=batches(), data=st.data())
def gradient_rows_sum_to_zero_and_ignore_shifts(learner, reference, batch, data):
    """every gradient row sums to 0, and adding a constant to a row of logits changes neither loss nor gradient"""
    logits, targets = batch
    shifts = data.draw(hnp.arrays(np.float64, (len(logits), 1), elements=finite_floats(50.0)), label="shifts")
    got = learner.cross_entropy_grad(logits + shifts, targets)
    # The shift itself rounds: logits of 30 moved by 50 lose about 1e-14 each.
    assert_close(got, reference.cross_entropy_grad(logits, targets),
                 "cross_entropy_grad(logits + shifts, targets), compared with cross_entropy_grad(logits, targets)",
                 atol=1e-9)
    assert_close(got.sum(axis=1), np.zeros(len(logits)), "the row sums of cross_entropy_grad", atol=1e-12)
    assert_float(learner.cross_entropy(logits + shifts, targets), reference.cross_entropy(logits, targets),
                 "cross_entropy(logits + shifts, targets), compared with cross_entropy(logits, targets)",
                 atol=1e-9, rtol=RTOL)


@check(points=1, section="backpropagation",
       hint="Build new arrays (z = logits - max, then np.exp(z)); `logits -= ...` or `grad = logits` "
            "followed by in-place changes alter the caller's logits.")
@settings(max_examples=20)
@given(batch=batches(), function=st.sampled_from(["cross_entropy", "cross_entropy_grad"]))
def the_logits_are_not_modified(learner, reference, batch, function):
    """cross_entropy and cross_entropy_grad leave the logits and targets passed in unchanged"""
    logits, targets = batch
    _, args, _ = learner.call_and_inputs(function, logits, targets)
    assert_close(args[0], logits, f"the logits after your call {function}(logits, targets)", atol=0.0)
    assert_close(args[1], targets, f"the targets after your call {function}(logits, targets)", atol=0.0,
                 dtype_kind="i")

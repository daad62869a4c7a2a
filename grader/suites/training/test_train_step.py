"""Hidden checks for exercises/training/train_step.py: forward pass, cross-entropy, backpropagation, SGD.

Models are generated here, never taken from the learner: hypothesis draws the shapes (V 3-8, d 1-4,
n_ctx 1-3, h 1-5, a batch of 1-6) and a seed, and the seed's generator fills the weights, contexts and
targets. The weights are scaled so the hidden units sit in tanh's curved part (pre-activations of
about unit size): there, tanh's derivative 1 - a**2 is far from both 0 and 1, so leaving it out shows.

Tolerances.
- Against the reference (forward, cross_entropy, the loss, train_step): atol 1e-10 + rtol 1e-7.
  Correct implementations differ only by rounding: a loop over examples, a one-hot matrix product
  for the embedding gradient or log-softmax through logsumexp sum in different orders. Over 300
  random inputs each, the catalogue's alternatives stay within 2e-15 of the reference for logits,
  gradients and updated parameters, within 1e-14 for losses, and within 4e-12 for logits up to 1e4
  (losses of that size carry an absolute rounding of about 1e4 * 1e-16 per operation).
- Against finite differences: central differences of the reference loss with a step of 1e-5. Each
  gradient entry must be within 1e-5 * (|slope| + largest |slope| of that parameter) of the slope; the
  allowance never drops below 1e-8, since the difference quotient cannot resolve less. On 300 random
  models the reference stays 5000 times inside it; the mistakes these checks target are off by 1e-2 or more.
"""

import numpy as np
from hypothesis import assume, example, given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, check, fail, raises
from grader.strategies import finite_floats, seeds

ATOL, RTOL = 1e-10, 1e-7
FD_STEP, FD_REL, FD_FLOOR = 1e-5, 1e-5, 1e-3
KEYS = ("embedding", "w_hidden", "b_hidden", "w_out", "b_out")
CHAPTER_STEPS = 300


# --- inputs -----------------------------------------------------------------------------------------

def make_params(rng: np.random.Generator, V: int, d: int, n_ctx: int, h: int) -> dict[str, np.ndarray]:
    """Random float64 weights with pre-activations of about unit size, so tanh is neither flat nor linear."""
    return {"embedding": rng.normal(0.0, 1.0, (V, d)),
            "w_hidden": rng.normal(0.0, 1.0 / np.sqrt(n_ctx * d), (n_ctx * d, h)),
            "b_hidden": rng.normal(0.0, 0.5, h),
            "w_out": rng.normal(0.0, 1.0, (h, V)),
            "b_out": rng.normal(0.0, 0.5, V)}


@st.composite
def batches(draw, ids: int | None = None):
    """(params, contexts, targets) for a random small model and batch.

    `ids` limits the context ids to range(ids), so that tokens repeat inside and across contexts.
    """
    V, d = draw(st.integers(3, 8), label="V"), draw(st.integers(1, 4), label="d")
    n_ctx, h = draw(st.integers(1, 3), label="n_ctx"), draw(st.integers(1, 5), label="h")
    B = draw(st.integers(1, 6), label="B")
    rng = np.random.default_rng(draw(seeds(), label="seed"))
    params = make_params(rng, V, d, n_ctx, h)
    contexts = rng.integers(0, ids or V, (B, n_ctx))
    return params, contexts, rng.integers(0, V, B)


@st.composite
def logits_and_targets(draw, magnitude: float = 30.0, min_V: int = 1):
    """(logits (B, V), targets (B,)) with B in 1..6 and V in min_V..8."""
    B, V = draw(st.integers(1, 6)), draw(st.integers(min_V, 8))
    logits = draw(hnp.arrays(np.float64, (B, V), elements=finite_floats(magnitude)))
    return logits, draw(hnp.arrays(np.int64, (B,), elements=st.integers(0, V - 1)))


# The docstrings' worked model: V = 3, d = 3, n_ctx = 1, h = 2; token 0 is read twice, token 1 never.
DOC_PARAMS = {"embedding": np.eye(3), "w_hidden": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]]),
              "b_hidden": np.zeros(2), "w_out": np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]),
              "b_out": np.zeros(3)}
DOC_BATCH = (DOC_PARAMS, np.array([[0], [2], [0]]), np.array([1, 1, 2]))
# forward's docstring example: two tokens of context, whose order matters.
FORWARD_PARAMS = {"embedding": np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]),
                  "w_hidden": np.array([[1.0], [0.0], [0.0], [-0.5]]), "b_hidden": np.zeros(1),
                  "w_out": np.array([[2.0, -2.0, 0.0]]), "b_out": np.array([0.0, 0.0, 1.0])}


def seeded_batch(seed: int, V: int, d: int, n_ctx: int, h: int, B: int, ids: int | None = None):
    rng = np.random.default_rng(seed)
    params = make_params(rng, V, d, n_ctx, h)
    return params, rng.integers(0, ids or V, (B, n_ctx)), rng.integers(0, V, B)


def chapter_run():
    """The chapter's training run: 'to be or not to be', V = 7, n_ctx = 3, d = 4, h = 16, seed 0.

    It prints loss 1.9589 at step 0 and 0.0052 at step 300 with learning rate 0.5.
    """
    text = "to be or not to be"
    stoi = {c: i for i, c in enumerate(sorted(set(text)))}
    ids = np.array([stoi[c] for c in text])
    V, n_ctx, d, h = len(stoi), 3, 4, 16
    contexts = np.stack([ids[i:i + n_ctx] for i in range(len(ids) - n_ctx)])  # (15, 3)
    rng = np.random.default_rng(0)
    params = {"embedding": rng.normal(0, 1.0, (V, d)), "w_hidden": rng.normal(0, 0.5, (n_ctx * d, h)),
              "b_hidden": np.zeros(h), "w_out": rng.normal(0, 0.1, (h, V)), "b_out": np.zeros(V)}
    return params, contexts, ids[n_ctx:]


# --- helpers ----------------------------------------------------------------------------------------

def reference_loss(reference, params, contexts, targets) -> float:
    return reference.cross_entropy(reference.forward(params, contexts), targets)


def require_loss(got, what: str, expected: float | None = None) -> float:
    """`got` must be one float (a numpy float or a 0-d float array will do); returns it as a float."""
    if isinstance(got, np.ndarray) and got.ndim > 0:
        fail(f"{what} should be one number, the mean over the batch, not an array of shape {got.shape}",
             expected, got)
    zero_d_float = isinstance(got, np.ndarray) and got.dtype.kind == "f"
    if not isinstance(got, (float, np.floating)) and not zero_d_float:
        fail(f"{what} should be a float, not a {type(got).__name__}", expected, got)
    return float(got)


def assert_loss(got, expected: float, what: str, atol: float = ATOL) -> None:
    """`got` must be one float within atol + RTOL * |expected| of `expected`."""
    got = require_loss(got, what, expected)
    assert_close(np.asarray(got), np.asarray(float(expected)), what, atol=atol, rtol=RTOL)


def assert_like_params(got, params: dict, name: str, where: str) -> None:
    """`got` (shown as `name`, `where` says where it comes from) must be a dict with params' keys, each
    a float array of its parameter's shape."""
    if not isinstance(got, dict):
        fail(f"{name} ({where}) should be a dict with the keys {list(KEYS)}, "
             f"not a {type(got).__name__}", got=got)
    if set(got) != set(params):
        fail(f"{name} ({where}) has the keys {sorted(got, key=str)}; it should have exactly "
             f"the keys of params, {list(KEYS)}")
    for key in KEYS:
        value = got[key]
        if not isinstance(value, np.ndarray) or value.dtype.kind != "f":
            kind = type(value).__name__ if not isinstance(value, np.ndarray) else f"array of {value.dtype}"
            fail(f"{name}[{key!r}] ({where}) should be a float64 array, not a {kind}", got=value)
        if value.shape != params[key].shape:
            fail(f"{name}[{key!r}] ({where}) has shape {value.shape}; it should have the shape "
                 f"of params[{key!r}], {params[key].shape}", got=value)


def unpack_pair(got, what: str) -> tuple:
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        fail(f"{what} should return a pair (a tuple of two values), not {type(got).__name__}", got=got)
    return tuple(got)


def finite_difference(reference, params, contexts, targets, key: str) -> np.ndarray:
    """Central differences of the reference loss, one entry of params[key] at a time."""
    slopes = np.zeros_like(params[key])
    for index in np.ndindex(params[key].shape):
        nudged = {k: v.copy() for k, v in params.items()}
        nudged[key][index] += FD_STEP
        above = reference_loss(reference, nudged, contexts, targets)
        nudged[key][index] -= 2 * FD_STEP
        below = reference_loss(reference, nudged, contexts, targets)
        slopes[index] = (above - below) / (2 * FD_STEP)
    return slopes


# --- the model --------------------------------------------------------------------------------------

@check(points=2, section="backpropagation",
       hint="Look up the rows, (B, n_ctx, d), and reshape to (B, n_ctx*d): each token's d numbers stay "
            "together, oldest token first. Then tanh(e @ w_hidden + b_hidden) @ w_out + b_out.")
@given(batch=batches())
@example(batch=(FORWARD_PARAMS, np.array([[0, 1], [1, 0]]), np.array([0, 0])))
def forward_matches_the_reference(learner, reference, batch):
    """forward(params, contexts) gives the (B, V) logits of the concatenated embeddings through both layers"""
    params, contexts, _ = batch
    assert_close(learner.forward(params, contexts), reference.forward(params, contexts),
                 "forward(params, contexts)", atol=ATOL, rtol=RTOL)


# --- cross-entropy ----------------------------------------------------------------------------------

@check(points=2, section="cross-entropy",
       hint="For each row, -log softmax(z)[y] = logsumexp(z) - z[y]; then take the mean over the rows.")
@given(batch=logits_and_targets())
@example(batch=(np.array([[2.0, 1.0, 0.1]]), np.array([0])))
@example(batch=(np.array([[2.0, 1.0, 0.1], [2.0, 1.0, 0.1]]), np.array([0, 1])))
@example(batch=(np.array([[3.0]]), np.array([0])))
def cross_entropy_matches_the_reference(learner, reference, batch):
    """cross_entropy(logits, targets) is the mean over the rows of -log softmax(row)[target]"""
    logits, targets = batch
    assert_loss(learner.cross_entropy(logits, targets), reference.cross_entropy(logits, targets),
                "cross_entropy(logits, targets)")


@st.composite
def equal_logits(draw):
    """(logits, targets): every logit the same value (up to 1e3), B in 1..6, V in 1..8."""
    B, V = draw(st.integers(1, 6)), draw(st.integers(1, 8))
    targets = draw(hnp.arrays(np.int64, (B,), elements=st.integers(0, V - 1)))
    return np.full((B, V), draw(finite_floats(1e3))), targets


@check(points=1, section="cross-entropy",
       hint="Equal logits mean a uniform guess, probability 1/V for each token, so the loss is log(V).")
@given(batch=equal_logits())
@example(batch=(np.zeros((1, 7)), np.array([3])))
@example(batch=(np.full((3, 5), 1000.0), np.array([0, 4, 2])))
def equal_logits_give_log_v(learner, reference, batch):
    """when every logit of a row is the same, the loss is log(V), whatever the value and the targets"""
    logits, targets = batch
    B, V = logits.shape
    assert_loss(learner.cross_entropy(logits, targets), float(np.log(V)),
                f"the loss of {B} row(s) of {V} equal logits ({float(logits[0, 0])!r})")


@check(points=1, section="cross-entropy")
@given(batch=logits_and_targets(), data=st.data())
def adding_a_constant_to_a_row_changes_nothing(learner, reference, batch, data):
    """adding a constant to every logit of a row (a different constant per row) leaves the loss unchanged"""
    logits, targets = batch
    shifts = data.draw(hnp.arrays(np.float64, (len(logits), 1), elements=finite_floats(50.0)), label="shifts")
    # The shift itself rounds: logits of 30 moved by 50 lose about 1e-14 each.
    assert_loss(learner.cross_entropy(logits + shifts, targets), reference.cross_entropy(logits, targets),
                "cross_entropy(logits + shifts, targets), compared with cross_entropy(logits, targets)",
                atol=1e-9)


@check(points=1, section="cross-entropy",
       hint="-log p is >= 0 because p <= 1: the loss is the negative log-probability of the target.")
@given(batch=logits_and_targets())
@example(batch=(np.array([[0.0, 5.0]]), np.array([1])))
def cross_entropy_is_never_negative(learner, reference, batch):
    """the loss is never negative (and 0 only when the target gets all the probability)"""
    logits, targets = batch
    got = require_loss(learner.cross_entropy(logits, targets), "cross_entropy(logits, targets)")
    if not got >= -1e-12:
        fail("cross_entropy returned a negative loss: -log p can't be below 0, since p <= 1",
             reference.cross_entropy(logits, targets), got)


@check(points=2, section="cross-entropy",
       hint="Subtract each row's largest logit before np.exp, and take the log of the sum, not of a "
            "probability: exp(-1000) underflows to 0 and log(0) is -inf.")
@settings(max_examples=40)
@given(batch=logits_and_targets(magnitude=1e4, min_V=2))
@example(batch=(np.array([[1000.0, 1001.0, 1002.0]]), np.array([0])))
@example(batch=(np.array([[1000.0, 0.0]]), np.array([1])))
@example(batch=(np.array([[-1e4, -1e4 + 1.0]]), np.array([0])))
def large_logits_do_not_overflow(learner, reference, batch):
    """logits like 1000 or -1e4 give a finite, correct loss (no overflow, no log(0))"""
    logits, targets = batch
    assert_loss(learner.cross_entropy(logits, targets), reference.cross_entropy(logits, targets),
                "cross_entropy(logits, targets)")


# --- backpropagation --------------------------------------------------------------------------------

@check(points=1, section="backpropagation",
       hint="Each gradient has the shape of its parameter: sum over the batch axis for the biases.")
@settings(max_examples=30)
@given(batch=batches())
@example(batch=DOC_BATCH)
def gradients_returns_the_loss_and_one_gradient_per_parameter(learner, reference, batch):
    """gradients returns (loss, grads): the batch's loss, and for each parameter an array of its shape"""
    params, contexts, targets = batch
    loss, grads = unpack_pair(learner.gradients(params, contexts, targets), "gradients")
    assert_like_params(grads, params, "grads", "returned by gradients")
    assert_loss(loss, reference_loss(reference, params, contexts, targets), "the loss returned by gradients")


@check(points=3, section="backpropagation",
       hint="Go back one forward line at a time: d logits = (p - onehot)/B; the output layer; tanh's "
            "derivative (1 - a**2); the hidden layer; then the embedding rows.")
@settings(max_examples=40)
@given(batch=batches())
@example(batch=DOC_BATCH)
@example(batch=seeded_batch(seed=1, V=5, d=2, n_ctx=2, h=3, B=4))
def gradients_match_finite_differences(learner, reference, batch):
    """every gradient entry matches the slope of the loss measured by nudging that one parameter"""
    params, contexts, targets = batch
    _, grads = unpack_pair(learner.gradients(params, contexts, targets), "gradients")
    assert_like_params(grads, params, "grads", "returned by gradients")
    for key in KEYS:
        slopes = finite_difference(reference, params, contexts, targets, key)
        error = np.abs(grads[key] - slopes)
        bound = FD_REL * (np.abs(slopes) + max(float(np.abs(slopes).max()), FD_FLOOR))
        if not np.all(error <= bound):  # (written so that NaN fails too)
            excess = np.where(np.isnan(error), np.inf, error - bound)
            worst = np.unravel_index(int(np.argmax(excess)), error.shape)
            entry = f"params[{key!r}][{', '.join(map(str, worst))}]"
            fail(f"grads[{key!r}] is not the slope of the loss: nudging {entry} changes the loss at a rate "
                 f"of {slopes[worst]:.6g}, but your gradient says {grads[key][worst]:.6g} (expected: the "
                 f"finite-difference slopes of every entry)", expected=slopes, got=grads[key])


@check(points=2, section="backpropagation",
       hint="A token read k times must receive the sum of its k pieces of the gradient. grad[contexts] += "
            "pieces keeps only one of them; np.add.at (or a loop) adds them all.")
@settings(max_examples=30)
@given(batch=batches(ids=2))
@example(batch=DOC_BATCH)
@example(batch=seeded_batch(seed=0, V=3, d=2, n_ctx=2, h=2, B=1, ids=1))  # one context: [0, 0]
def repeated_tokens_add_up_their_gradients(learner, reference, batch):
    """a token read several times, in one context or in several, gets the sum of its embedding gradients"""
    params, contexts, targets = batch
    _, grads = unpack_pair(learner.gradients(params, contexts, targets), "gradients")
    assert_like_params(grads, params, "grads", "returned by gradients")
    _, expected = reference.gradients(params, contexts, targets)
    assert_close(grads["embedding"], expected["embedding"],
                 f"grads['embedding'] for contexts {contexts.tolist()}", atol=ATOL, rtol=RTOL)


# --- the training step ------------------------------------------------------------------------------

@check(points=2, section="training-step",
       hint="new_params[k] = params[k] - learning_rate * grads[k] for every key, and the loss computed "
            "before the update.")
@settings(max_examples=40)
@given(batch=batches(), learning_rate=st.floats(0.01, 2.0))
@example(batch=DOC_BATCH, learning_rate=0.5)
def train_step_matches_the_reference(learner, reference, batch, learning_rate):
    """train_step returns the parameters after one SGD step and the loss before it"""
    params, contexts, targets = batch
    new_params, loss = unpack_pair(learner.train_step(params, contexts, targets, learning_rate), "train_step")
    expected_params, expected_loss = reference.train_step(params, contexts, targets, learning_rate)
    assert_loss(loss, expected_loss, "the loss returned by train_step (the loss before the update)")
    assert_like_params(new_params, params, "new_params", "returned by train_step")
    for key in KEYS:
        assert_close(new_params[key], expected_params[key], f"new_params[{key!r}]", atol=ATOL, rtol=RTOL)


@check(points=1, section="training-step",
       hint="Move against the gradient: params - learning_rate * grads. Adding it climbs the loss.")
@settings(max_examples=30)
@given(batch=batches())
@example(batch=DOC_BATCH)
def a_small_step_lowers_the_loss(learner, reference, batch):
    """a step with a small learning rate (0.01) lowers the loss on the same batch"""
    params, contexts, targets = batch
    _, grads = reference.gradients(params, contexts, targets)
    assume(sum(float((g**2).sum()) for g in grads.values()) > 1e-6)  # else the change is only rounding
    new_params, _ = unpack_pair(learner.train_step(params, contexts, targets, 0.01), "train_step")
    assert_like_params(new_params, params, "new_params", "returned by train_step")
    before = reference_loss(reference, params, contexts, targets)
    after = reference_loss(reference, new_params, contexts, targets)
    if not after < before:
        fail(f"after train_step(params, contexts, targets, 0.01) the loss on the same batch went from "
             f"{before:.10f} to {after:.10f}; a small step against the gradient should lower it",
             expected=f"below {before:.10f}", got=after)


@check(points=2, section="training-step",
       hint="Feed each step's new params into the next step. If the loss grows or stalls, test your "
            "gradients against finite differences, as the chapter does.")
def training_memorises_the_chapter_sentence(learner, reference):
    """300 steps on the chapter's 'to be or not to be' start at loss 1.9589 and end below 0.05"""
    params, contexts, targets = chapter_run()
    first = None
    for step in range(CHAPTER_STEPS):
        new_params, loss = unpack_pair(learner.train_step(params, contexts, targets, 0.5), "train_step")
        assert_like_params(new_params, params, "new_params", f"returned by train_step at step {step}")
        if step == 0:
            first = require_loss(loss, "the loss returned by train_step")
            assert_loss(loss, reference_loss(reference, params, contexts, targets),
                        "the loss of the first step (the chapter prints 1.9589, before any update)")
        params = new_params
    final = reference_loss(reference, params, contexts, targets)
    if not final < 0.05:  # the chapter's run ends at 0.0052
        fail(f"after {CHAPTER_STEPS} steps with learning rate 0.5 the loss went from {first:.4f} to "
             f"{final:.4f}; the chapter's run reaches 0.0052", expected="below 0.05", got=final)


@check(points=1, section="training-step",
       hint="Build new arrays: params[k] - learning_rate * grads[k]. `params[k] -= ...` changes the "
            "caller's model.")
@settings(max_examples=20)
@given(batch=batches(), learning_rate=st.floats(0.01, 2.0))
@example(batch=DOC_BATCH, learning_rate=0.5)
def the_params_passed_in_are_not_modified(learner, reference, batch, learning_rate):
    """train_step leaves the params dict and its arrays unchanged"""
    params, contexts, targets = batch
    _, args, _ = learner.call_and_inputs("train_step", params, contexts, targets, learning_rate)
    after = args[0]
    assert_like_params(after, params, "params", "after your call train_step(params, ...)")
    for key in KEYS:
        assert_close(after[key], params[key], f"params[{key!r}] after your call train_step(params, ...)",
                     atol=0.0)


@check(points=1, section="training-step")
@settings(max_examples=10)
@given(learning_rate=st.floats(-10.0, 0.0))
@example(learning_rate=0.0)
@example(learning_rate=-0.5)
def a_learning_rate_of_zero_or_less_raises_value_error(learner, reference, learning_rate):
    """train_step raises ValueError when learning_rate <= 0"""
    params, contexts, targets = DOC_BATCH
    with raises(ValueError, f"train_step(params, contexts, targets, learning_rate={learning_rate!r})"):
        learner.train_step(params, contexts, targets, learning_rate)

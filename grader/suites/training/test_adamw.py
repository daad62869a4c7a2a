"""Hidden checks for exercises/training/adamw.py: one AdamW step, and clipping the global gradient norm.

Inputs: one to three named float64 arrays of up to 3 x 3 entries, with weights of about unit size
and gradients of every size from 1e-3 to 10 (Adam's steps should not depend on it); a learning rate
from 1e-4 to 0.3, betas from (0.5, 0.9) to PyTorch's default (0.9, 0.999), weight decay 0 to 0.1.

Tolerances.
- Against the reference: atol 1e-12 + rtol 1e-9, for the weights and for m and v. Correct versions
  differ only by rounding: PyTorch's own order (sqrt(v) / sqrt(1 - b2**t) + eps, then lr / (1 - b1**t)
  times m / denominator), the decay as a separate p - lr * wd * p, m and v updated by lerp. Each
  rounds at 1e-16 of values that are at most 10; over five chained steps the catalogue's
  alternative stays within 1e-14 of the reference. Most mistakes targeted here are off by 1e-4 or
  more. The exception is eps under the square root, sqrt(v_hat + eps): for gradients near 1 it moves
  a step by only 5e-9 of its size, so it has its own check with gradients of 1e-6 to 1e-4, where
  it changes the step by 0.5% to 70%.
- A weight with a zero gradient is multiplied by (1 - lr * wd): rtol 1e-14 (p * (1 - lr * wd) and
  p - lr * wd * p differ by an ulp or two).
- Clipping: atol 1e-12 + rtol 1e-12; the norm is a sum of at most 27 squares.
"""

import numpy as np
from hypothesis import example, given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, assert_float, assert_true, check, fail, raises
from grader.strategies import seeds

ATOL, RTOL = 1e-12, 1e-9
DECAY_RTOL = 1e-14
CLIP_ATOL, CLIP_RTOL = 1e-12, 1e-12
STEPS = 5

# The docstring's example: two weights whose gradients differ 500-fold still move by lr each.
DOC_PARAMS, DOC_GRADS = {"w": np.array([1.0, -2.0])}, {"w": np.array([0.5, -0.001])}


# --- inputs -----------------------------------------------------------------------------------------

NAMES = ("w_out", "bias", "embedding")
SHAPES = hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=3)


def gradients_like(rng: np.random.Generator, params: dict) -> dict:
    """Random gradients whose entries span 1e-3 to 10 in size, with random signs."""
    return {k: rng.choice([-1.0, 1.0], p.shape) * 10.0 ** rng.uniform(-3, 1, p.shape) for k, p in params.items()}


@st.composite
def models(draw):
    """(params, seed): 1-3 named arrays of unit-size weights, and a seed for their gradients and states."""
    count = draw(st.integers(1, 3), label="number of arrays")
    shapes = [draw(SHAPES, label=f"shape of {name}") for name in NAMES[:count]]
    seed = draw(seeds(), label="seed")
    rng = np.random.default_rng([seed, 0])
    return {name: rng.normal(0.0, 1.0, shape) for name, shape in zip(NAMES, shapes)}, seed


@st.composite
def first_steps(draw):
    """(params, grads) for a first step."""
    params, seed = draw(models())
    return params, gradients_like(np.random.default_rng(seed), params)


# A small fixed model, pinned as an @example in most checks: a mistake shows on it at once.
EXAMPLE = ({"w_out": np.array([[0.5, -1.0], [2.0, 0.1]]), "bias": np.array([0.3, -0.2])}, 0)


# Drawn from short lists rather than ranges: a failure then shrinks in a few steps, not hundreds of
# adamw_step calls over float values.
hyperparameters = st.fixed_dictionaries({
    "lr": st.sampled_from([0.1, 1e-3, 0.3, 0.02, 1e-4]),
    "betas": st.sampled_from([(0.9, 0.999), (0.9, 0.95), (0.8, 0.99), (0.5, 0.9)]),
    "weight_decay": st.sampled_from([0.01, 0.0, 0.1, 0.05]),
})


def state_at(params: dict, step: int, rng: np.random.Generator) -> dict:
    """A state as after `step` steps: m of either sign, v > 0 (an average of squares)."""
    return {"step": step, "m": {k: rng.normal(0.0, 0.5, p.shape) for k, p in params.items()},
            "v": {k: rng.uniform(1e-6, 1.0, p.shape) for k, p in params.items()}}


def copied(value):
    """A deep copy of dicts of arrays, to compare with after the learner's call."""
    if isinstance(value, dict):
        return {k: copied(v) for k, v in value.items()}
    return value.copy() if isinstance(value, np.ndarray) else value


def unpack_pair(got, what: str) -> tuple:
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        fail(f"{what} should return a pair (a tuple of two values), not {type(got).__name__}", got=got)
    return tuple(got)


def assert_arrays_like(got, expected: dict, name: str, atol: float = ATOL, rtol: float = RTOL) -> None:
    """`got` must be a dict with expected's keys, each array close to expected's."""
    if not isinstance(got, dict):
        fail(f"{name} should be a dict with the keys {sorted(expected)}, not a {type(got).__name__}", got=got)
    if set(got) != set(expected):
        fail(f"{name} has the keys {sorted(got, key=str)}; it should have exactly the keys {sorted(expected)}")
    for key in expected:
        assert_close(got[key], expected[key], f"{name}[{key!r}]", atol=atol, rtol=rtol)


def assert_state(got, expected: dict, what: str) -> None:
    """`got` must be a state {"step": int, "m": {...}, "v": {...}} matching the reference's."""
    if not isinstance(got, dict) or set(got) != {"step", "m", "v"}:
        keys = sorted(got, key=str) if isinstance(got, dict) else type(got).__name__
        fail(f"the state returned by {what} should be a dict with the keys 'step', 'm' and 'v'; got {keys}",
             got=got)
    step = got["step"]
    if isinstance(step, (bool, np.bool_)) or not isinstance(step, (int, np.integer)) or step != expected["step"]:
        fail(f"state['step'] returned by {what} should be the int {expected['step']} (the previous step + 1)",
             expected["step"], step)
    assert_arrays_like(got["m"], expected["m"], f"state['m'] returned by {what}")
    assert_arrays_like(got["v"], expected["v"], f"state['v'] returned by {what}")


def call_step(learner, params, grads, state, hyper) -> tuple:
    what = f"adamw_step(params, grads, state at step {state.get('step', 0)}, lr={hyper['lr']!r}, " \
           f"betas={hyper['betas']!r}, weight_decay={hyper['weight_decay']!r})"
    return (*unpack_pair(learner.adamw_step(params, grads, state, **hyper), what), what)


# --- adamw_step -------------------------------------------------------------------------------------

@check(points=2, section="adamw",
       hint="With state = {}: t = 1, m = (1 - b1) g, v = (1 - b2) g**2, then the bias-corrected m_hat and "
            "v_hat, and p * (1 - lr * wd) - lr * m_hat / (sqrt(v_hat) + eps).")
@given(case=first_steps(), hyper=hyperparameters)
@example(case=(DOC_PARAMS, DOC_GRADS), hyper={"lr": 0.1, "betas": (0.9, 0.999), "weight_decay": 0.0})
@example(case=(DOC_PARAMS, DOC_GRADS), hyper={"lr": 0.1, "betas": (0.9, 0.999), "weight_decay": 0.01})
def first_step_matches_the_reference(learner, reference, case, hyper):
    """the first step (state = {}) returns the right weights and the state {"step": 1, "m": ..., "v": ...}"""
    params, grads = case
    new_params, new_state, what = call_step(learner, params, grads, {}, hyper)
    expected_params, expected_state = reference.adamw_step(params, grads, {}, **hyper)
    assert_arrays_like(new_params, expected_params, f"the new params returned by {what}")
    assert_state(new_state, expected_state, what)


@check(points=3, section="adamw",
       hint="Feed the state you returned into the next call: t grows by 1 each step, and m and v are "
            "running averages of every gradient so far.")
@settings(max_examples=25)
@given(model=models(), hyper=hyperparameters)
@example(model=EXAMPLE, hyper={"lr": 0.1, "betas": (0.9, 0.999), "weight_decay": 0.01})
def several_steps_match_the_reference(learner, reference, model, hyper):
    """five steps in a row, each fed the state the previous one returned, give the reference's weights and states"""
    params, seed = model
    rng = np.random.default_rng(seed)
    mine, theirs, state, expected_state = params, params, {}, {}
    for step in range(STEPS):
        grads = gradients_like(rng, params)
        mine, state, what = call_step(learner, mine, grads, state, hyper)
        theirs, expected_state = reference.adamw_step(theirs, grads, expected_state, **hyper)
        assert_arrays_like(mine, theirs, f"the params after step {step + 1} ({what})")
        assert_state(state, expected_state, what)


@check(points=1, section="adamw",
       hint="On the first step m_hat = g and v_hat = g**2, so m_hat / sqrt(v_hat) is the sign of g. If the "
            "step comes out 3 or 30 times too big or small, the bias correction (dividing by 1 - b**t) is off.")
@given(case=first_steps(), lr=st.sampled_from([0.1, 1e-3, 0.3, 0.02, 1e-4]))
@example(case=(DOC_PARAMS, DOC_GRADS), lr=0.1)
def first_step_moves_each_weight_by_about_lr(learner, reference, case, lr):
    """without weight decay, the first step moves every weight by about lr against its gradient's sign, however big or small the gradient"""
    params, grads = case
    new_params, _, what = call_step(learner, params, grads, {},
                                    {"lr": lr, "betas": (0.9, 0.999), "weight_decay": 0.0})
    # |g| >= 1e-3 >> eps = 1e-8: each move is lr * |g| / (|g| + eps), within 1e-5 of lr.
    expected = {k: params[k] - lr * np.sign(g) for k, g in grads.items()}
    assert_arrays_like(new_params, expected, f"the new params returned by {what}", atol=lr * 1e-4, rtol=0.0)


@check(points=1, section="adamw",
       hint="Weight decay multiplies the weight by (1 - lr * wd) on its own, outside the Adam fraction: "
            "with a zero gradient, m_hat = 0 and only the decay is left.")
@given(model=models(), hyper=hyperparameters.filter(lambda h: h["weight_decay"] > 0),
       step=st.sampled_from([0, 1, 10]))
@example(model=(DOC_PARAMS, 0), hyper={"lr": 0.1, "betas": (0.9, 0.999), "weight_decay": 0.01}, step=0)
def a_zero_gradient_only_decays_the_weights(learner, reference, model, hyper, step):
    """with a zero gradient and m = 0, a step multiplies every weight by exactly (1 - lr * weight_decay)"""
    params, seed = model
    rng = np.random.default_rng(seed)
    grads = {k: np.zeros_like(p) for k, p in params.items()}
    state = {}
    if step:
        state = state_at(params, step, rng)
        state["m"] = {k: np.zeros_like(p) for k, p in params.items()}
    new_params, _, what = call_step(learner, params, grads, state, hyper)
    factor = 1 - hyper["lr"] * hyper["weight_decay"]
    assert_arrays_like(new_params, {k: p * factor for k, p in params.items()},
                       f"the new params returned by {what} with zero gradients", atol=0.0, rtol=DECAY_RTOL)


@check(points=2, section="adamw",
       hint="AdamW does not add wd * p to the gradient (that is Adam with L2, whose decay gets divided by "
            "sqrt(v_hat)); it shrinks the weight directly: p * (1 - lr * wd) - lr * m_hat / (sqrt(v_hat) + eps).")
@given(model=models(), hyper=hyperparameters.filter(lambda h: h["weight_decay"] > 0), step=st.integers(0, 20))
@example(model=EXAMPLE, hyper={"lr": 0.1, "betas": (0.9, 0.999), "weight_decay": 0.1}, step=0)
@example(model=EXAMPLE, hyper={"lr": 0.1, "betas": (0.9, 0.999), "weight_decay": 0.1}, step=3)
def weight_decay_is_decoupled_from_the_gradient(learner, reference, model, hyper, step):
    """the step with weight decay wd equals the step without it, minus lr * wd * p: the decay never goes through m or v"""
    params, seed = model
    rng = np.random.default_rng(seed)
    grads = gradients_like(rng, params)
    state = state_at(params, step, rng) if step else {}
    new_params, new_state, what = call_step(learner, params, grads, state, hyper)
    undecayed, expected_state = reference.adamw_step(params, grads, state, **{**hyper, "weight_decay": 0.0})
    expected = {k: undecayed[k] - hyper["lr"] * hyper["weight_decay"] * params[k] for k in params}
    assert_arrays_like(new_params, expected, f"the new params returned by {what}")
    assert_state(new_state, expected_state, what)


@check(points=1, section="adamw",
       hint="t is the state's step + 1, and the bias correction divides by 1 - b1**t and 1 - b2**t with "
            "that t; after many steps the correction fades to 1.")
@given(model=models(), hyper=hyperparameters, step=st.sampled_from([1, 2, 3, 10, 100, 5000]))
@example(model=EXAMPLE, hyper={"lr": 0.1, "betas": (0.9, 0.999), "weight_decay": 0.0}, step=1)
def bias_correction_uses_the_new_step_count(learner, reference, model, hyper, step):
    """from a state at step t - 1, the step is t: m and v are corrected by 1 - b1**t and 1 - b2**t"""
    params, seed = model
    rng = np.random.default_rng(seed)
    grads = gradients_like(rng, params)
    state = state_at(params, step, rng)
    new_params, new_state, what = call_step(learner, params, grads, state, hyper)
    expected_params, expected_state = reference.adamw_step(params, grads, state, **hyper)
    assert_arrays_like(new_params, expected_params, f"the new params returned by {what}")
    assert_state(new_state, expected_state, what)


@check(points=1, section="adamw",
       hint="eps is added after the square root: sqrt(v_hat) + eps, not sqrt(v_hat + eps). It shows when "
            "the gradients are tiny.")
@settings(max_examples=20)
@given(model=models(), scale=st.floats(1e-6, 1e-4))
@example(model=EXAMPLE, scale=1e-5)
def eps_is_added_after_the_square_root(learner, reference, model, scale):
    """with tiny gradients (1e-6 to 1e-4), the step is lr * m_hat / (sqrt(v_hat) + eps), eps outside the root"""
    params, seed = model
    rng = np.random.default_rng(seed)
    grads = {k: scale * rng.choice([-1.0, 1.0], p.shape) for k, p in params.items()}
    hyper = {"lr": 0.1, "betas": (0.9, 0.999), "weight_decay": 0.0}
    new_params, _, what = call_step(learner, params, grads, {}, hyper)
    expected, _ = reference.adamw_step(params, grads, {}, **hyper)
    assert_arrays_like(new_params, expected, f"the new params returned by {what}")


@check(points=1, section="adamw",
       hint="Build new arrays (p * (1 - lr * wd) - ..., b1 * m + ...) and new dicts; `p -= ...`, `m *= b1` "
            "or state['step'] += 1 change what the caller passed in.")
@settings(max_examples=20)
@given(model=models(), hyper=hyperparameters, step=st.sampled_from([0, 1, 7]))
@example(model=EXAMPLE, hyper={"lr": 0.1, "betas": (0.9, 0.999), "weight_decay": 0.01}, step=1)
def nothing_passed_in_is_modified(learner, reference, model, hyper, step):
    """adamw_step leaves params, grads and state (its step, m and v) exactly as they were"""
    params, seed = model
    rng = np.random.default_rng(seed)
    grads = gradients_like(rng, params)
    state = state_at(params, step, rng) if step else {}
    before = copied((params, grads, state))
    _, args, kwargs = learner.call_and_inputs("adamw_step", params, grads, state, **hyper)
    for name, after, original in zip(("params", "grads"), args, before):
        assert_arrays_like(after, original, f"{name} after your call adamw_step(params, grads, state, ...)",
                           atol=0.0, rtol=0.0)
    after = args[2]
    if not step:
        assert_true(after == {}, f"the empty state after your call adamw_step(params, grads, {{}}, ...) is now "
                                 f"{after!r}; return a new state instead of filling in the one passed in")
        return
    assert_true(isinstance(after, dict) and set(after) == {"step", "m", "v"} and after["step"] == step,
                f"state after your call adamw_step(params, grads, state, ...) changed: it should still be at "
                f"step {step}")
    assert_arrays_like(after["m"], state["m"], "state['m'] after your call", atol=0.0, rtol=0.0)
    assert_arrays_like(after["v"], state["v"], "state['v'] after your call", atol=0.0, rtol=0.0)


# --- clip_grad_norm ---------------------------------------------------------------------------------

@st.composite
def clip_cases(draw):
    """(grads, max_norm): 1-3 arrays, and a max_norm from a tenth to ten times their global norm."""
    params, grads = draw(first_steps())
    norm = float(np.sqrt(sum(np.sum(g**2) for g in grads.values())))
    return grads, norm * draw(st.sampled_from([0.1, 0.5, 0.99, 1.01, 2.0, 10.0]) | st.floats(0.05, 20.0))


DOC_CLIP = ({"a": np.array([3.0, 0.0]), "b": np.array([[4.0]])}, 1.0)


@check(points=2, section="adamw",
       hint="One norm for all the arrays together, sqrt of the sum of every squared entry; if it is above "
            "max_norm, multiply every array by max_norm / norm. Return the norm from before clipping.")
@given(case=clip_cases())
@example(case=DOC_CLIP)
@example(case=({"a": np.array([3.0, 4.0])}, 10.0))
def clip_grad_norm_matches_the_reference(learner, reference, case):
    """clip_grad_norm returns the gradients scaled to a global norm of at most max_norm, and the norm before clipping"""
    grads, max_norm = case
    what = f"clip_grad_norm(grads, max_norm={max_norm!r})"
    clipped, norm = unpack_pair(learner.clip_grad_norm(grads, max_norm), what)
    expected, expected_norm = reference.clip_grad_norm(grads, max_norm)
    assert_float(norm, expected_norm, f"the norm returned by {what} (the norm before clipping)",
                 atol=CLIP_ATOL, rtol=CLIP_RTOL)
    assert_arrays_like(clipped, expected, f"the gradients returned by {what}", atol=CLIP_ATOL, rtol=CLIP_RTOL)


@check(points=1, section="adamw",
       hint="Clip with the global norm of all the arrays together, never array by array, so the gradient "
            "keeps its direction.")
@given(case=clip_cases())
@example(case=DOC_CLIP)
def clipping_keeps_the_direction(learner, reference, case):
    """every array is multiplied by the same factor (at most 1), and the clipped gradient's global norm is at most max_norm"""
    grads, max_norm = case
    what = f"clip_grad_norm(grads, max_norm={max_norm!r})"
    clipped, _ = unpack_pair(learner.clip_grad_norm(grads, max_norm), what)
    if not isinstance(clipped, dict) or set(clipped) != set(grads):
        fail(f"{what} should return a dict with the keys of grads, {sorted(grads)}", got=clipped)
    before = float(np.sqrt(sum(np.sum(g**2) for g in grads.values())))
    after = float(np.sqrt(sum(np.sum(np.asarray(c, dtype=float)**2) for c in clipped.values())))
    assert_true(after <= max_norm * (1 + 1e-12), f"after {what} the global norm is {after:.10g}, above max_norm")
    factor = after / before  # the one factor every array must have been multiplied by
    for key, g in grads.items():
        if not np.allclose(clipped[key], factor * g, rtol=1e-9, atol=1e-12):
            fail(f"{what} did not scale every array by the same factor: the global norm went from {before:.6g} "
                 f"to {after:.6g} (a factor {factor:.6g}), but {key!r} was scaled differently; one factor for "
                 f"all the arrays keeps the gradient's direction", factor * g, clipped[key])


@check(points=1, section="adamw",
       hint="Only scale when the norm is above max_norm; a shorter gradient passes through as it is "
            "(scaling it up would make small steps big).")
@given(case=clip_cases().filter(lambda c: float(np.sqrt(sum(np.sum(g**2) for g in c[0].values()))) <= c[1]))
@example(case=({"a": np.array([3.0, 4.0])}, 10.0))
@example(case=({"a": np.array([3.0, 4.0])}, 5.0))
@example(case=({"a": np.zeros(3), "b": np.zeros((2, 2))}, 1.0))
def a_short_gradient_is_left_as_it_is(learner, reference, case):
    """when the global norm is at most max_norm (zero gradients too), the gradients come back unchanged"""
    grads, max_norm = case
    what = f"clip_grad_norm(grads, max_norm={max_norm!r})"
    clipped, _ = unpack_pair(learner.clip_grad_norm(grads, max_norm), what)
    assert_arrays_like(clipped, grads, f"the gradients returned by {what}", atol=0.0, rtol=0.0)


@check(points=1, section="adamw",
       hint="Return new arrays (g * scale), not `g *= scale` on the caller's; and raise ValueError before "
            "anything else when max_norm <= 0.")
@settings(max_examples=20)
@given(case=clip_cases(), bad=st.sampled_from([0.0, -1.0, -1e-3]))
@example(case=DOC_CLIP, bad=0.0)
def clip_leaves_grads_unchanged_and_refuses_a_bad_max_norm(learner, reference, case, bad):
    """clip_grad_norm does not modify grads, and raises ValueError when max_norm <= 0"""
    grads, max_norm = case
    before = copied(grads)
    _, args, _ = learner.call_and_inputs("clip_grad_norm", grads, max_norm)
    assert_arrays_like(args[0], before, f"grads after your call clip_grad_norm(grads, max_norm={max_norm!r})",
                       atol=0.0, rtol=0.0)
    with raises(ValueError, f"clip_grad_norm(grads, max_norm={bad!r})"):
        learner.clip_grad_norm(grads, bad)

"""Hidden checks for exercises/sampling/top_k_top_p.py: top-k and top-p filtering, and sampling with both.

Tolerance: kept logits must be exact (they are copied); renormalised probabilities are compared with
atol 1e-12 (one division by a sum of at most 8 terms). Draws must match the reference exactly, since
the docstring pins the one `rng.random()` call and the inverse-CDF rule.
"""

import numpy as np
from hypothesis import example, given, strategies as st

from grader.checks import assert_close, assert_equal, assert_true, check, raises
from grader.strategies import logit_vectors, seeds, temperatures

ATOL = 1e-12


def distributions(max_size: int = 8) -> st.SearchStrategy[np.ndarray]:
    """Probability vectors, some with ties and zeros, made from small integer weights."""
    weights = st.lists(st.integers(0, 6), min_size=1, max_size=max_size).filter(lambda w: sum(w) > 0)
    return weights.map(lambda w: np.array(w, dtype=np.float64) / sum(w))


def tied_logits() -> st.SearchStrategy[np.ndarray]:
    return st.lists(st.integers(-3, 3), min_size=1, max_size=8).map(lambda v: np.array(v, dtype=np.float64))


@check(points=2, section="top-k-top-p")
@given(logits=st.one_of(logit_vectors(), tied_logits()), k=st.integers(1, 10))
@example(logits=np.array([1.0, 3.0, 2.0, 3.0]), k=2)
@example(logits=np.array([2.0, 1.0]), k=5)
def top_k_keeps_the_k_largest(learner, reference, logits, k):
    """top_k_filter keeps the k largest logits (ties: lower index first) and sets the rest to -inf"""
    assert_close(learner.top_k_filter(logits, k), reference.top_k_filter(logits, k),
                 f"top_k_filter(logits, {k})", atol=0)


@check(points=1, section="top-k-top-p", hint="When logits tie at the boundary, keep the lower index: a stable sort.")
@given(logits=tied_logits(), k=st.integers(1, 8))
@example(logits=np.array([2.0, 1.0, 2.0]), k=1)
def top_k_keeps_exactly_k(learner, reference, logits, k):
    """exactly min(k, V) logits stay finite, even when some of them tie"""
    kept = int(np.isfinite(learner.top_k_filter(logits, k)).sum())
    assert_equal(kept, min(k, len(logits)), f"the number of finite entries of top_k_filter(logits, {k})")


@check(points=1, section="top-k-top-p")
@given(k=st.sampled_from([0, -1]))
def top_k_rejects_k_below_one(learner, reference, k):
    """top_k_filter raises ValueError for k < 1"""
    with raises(ValueError, f"top_k_filter(logits, {k})"):
        learner.top_k_filter(np.array([1.0, 2.0]), k)


@check(points=1, section="top-k-top-p")
@given(logits=logit_vectors(), k=st.integers(1, 4))
def top_k_leaves_its_input_alone(learner, reference, logits, k):
    """top_k_filter returns a new array and leaves the logits it was given unchanged"""
    _, (after, _), _ = learner.call_and_inputs("top_k_filter", logits, k)
    assert_close(after, logits, "the logits after top_k_filter", atol=0)


@check(points=3, section="top-k-top-p",
       hint="Sort by decreasing probability and keep tokens until the running total is at least p (>=, not >).")
@given(probs=distributions(), p=st.sampled_from([0.1, 0.25, 0.5, 0.6, 0.75, 0.8, 0.9, 1.0]))
@example(probs=np.array([0.1, 0.6, 0.3]), p=0.8)
@example(probs=np.array([0.5, 0.3, 0.2]), p=0.8)
@example(probs=np.array([0.5, 0.5]), p=0.5)
@example(probs=np.array([0.1, 0.2, 0.7]), p=0.3)
def top_p_keeps_the_smallest_set_reaching_p(learner, reference, probs, p):
    """top_p_filter keeps the fewest most likely tokens whose total reaches p (at least p), renormalised"""
    assert_close(learner.top_p_filter(probs, p), reference.top_p_filter(probs, p),
                 f"top_p_filter(probs, {p})", atol=ATOL)


@check(points=1, section="top-k-top-p")
@given(probs=distributions(), p=st.floats(0.01, 1.0))
def top_p_always_keeps_the_most_likely(learner, reference, probs, p):
    """the most likely token is always kept, and the result sums to 1"""
    got = learner.top_p_filter(probs, p)
    assert_close(got, reference.top_p_filter(probs, p), f"top_p_filter(probs, {p})", atol=1e-9)
    assert_true(bool(got[int(np.argmax(probs))] > 0), "the most likely token was dropped")


@check(points=1, section="top-k-top-p")
@given(p=st.sampled_from([0.0, -0.5, 1.5]))
def top_p_rejects_p_outside_zero_one(learner, reference, p):
    """top_p_filter raises ValueError unless 0 < p <= 1"""
    with raises(ValueError, f"top_p_filter(probs, {p})"):
        learner.top_p_filter(np.array([0.5, 0.5]), p)


@check(points=3, section="sampling-a-token",
       hint="Temperature first, then top-k on the logits, then softmax, then top-p, then one rng.random().")
@given(logits=logit_vectors(magnitude=5), seed=seeds(), temperature=temperatures(0.2, 3.0),
       top_k=st.one_of(st.none(), st.integers(1, 6)),
       top_p=st.one_of(st.none(), st.sampled_from([0.3, 0.5, 0.9, 1.0])))
@example(logits=np.array([1.0, 2.0, 3.0]), seed=0, temperature=1.0, top_k=1, top_p=None)
@example(logits=np.array([2.0, 1.0, 0.0]), seed=0, temperature=1.0, top_k=None, top_p=0.5)
@example(logits=np.array([3.0, 2.0, 1.0, 0.0]), seed=4, temperature=1.0, top_k=3, top_p=0.9)  # u = 0.94
@example(logits=np.array([0.0, 1.0, 2.0]), seed=3, temperature=0.3, top_k=2, top_p=None)  # u = 0.086: T matters
def sample_next_matches_the_seeded_draw(learner, reference, logits, seed, temperature, top_k, top_p):
    """sample_next applies temperature, top-k, softmax and top-p in that order, then one inverse-CDF draw"""
    got = learner.sample_next(logits, np.random.default_rng(seed), temperature=temperature, top_k=top_k, top_p=top_p)
    expected = reference.sample_next(logits, np.random.default_rng(seed), temperature=temperature,
                                     top_k=top_k, top_p=top_p)
    assert_equal(got, expected, f"sample_next(logits, rng, temperature={temperature}, top_k={top_k}, top_p={top_p})")


@check(points=1, section="sampling-a-token")
@given(logits=tied_logits(), seed=seeds())
def sample_next_at_temperature_zero_is_greedy(learner, reference, logits, seed):
    """at temperature 0, sample_next returns the first index of the largest logit"""
    got = learner.sample_next(logits, np.random.default_rng(seed), temperature=0, top_k=2, top_p=0.5)
    assert_equal(got, int(np.argmax(logits)), "sample_next(logits, rng, temperature=0, top_k=2, top_p=0.5)")


@check(points=1, section="sampling-a-token")
def filtered_tokens_are_never_drawn(learner, reference):
    """over 300 seeded draws with top_k=2, only the two most likely tokens ever come up"""
    logits = np.array([0.0, 1.0, 0.5, 1.2, -1.0])
    drawn = {learner.sample_next(logits, np.random.default_rng(seed), top_k=2) for seed in range(300)}
    assert_equal(sorted(drawn), [1, 3], "the token ids drawn with top_k=2")

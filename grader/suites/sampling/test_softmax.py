"""Hidden checks for exercises/sampling/softmax.py: softmax with temperature, and seeded sampling.

Tolerance: probabilities are compared with atol 1e-10 + rtol 1e-7. Correct implementations differ
only by rounding (dividing by T or multiplying by 1/T, subtracting the max or using logsumexp), and
tests/test_tolerances.py checks that such variants stay at least 100 times inside the tolerance.
"""

import numpy as np
from hypothesis import example, given, settings, strategies as st

from grader.checks import assert_close, assert_equal, assert_true, check, raises
from grader.strategies import float_arrays, logit_vectors, seeds, temperatures

ATOL, RTOL = 1e-10, 1e-7


@check(points=2, section="softmax")
@given(logits=float_arrays())
@example(logits=np.array([1.0, 2.0, 3.0]))
@example(logits=np.array([5.0]))
def softmax_matches_the_reference_at_temperature_one(learner, reference, logits):
    """softmax(logits) gives the right probabilities, over the last axis of any shape"""
    assert_close(learner.softmax(logits), reference.softmax(logits), "softmax(logits)", atol=ATOL, rtol=RTOL)


@check(points=1, section="softmax")
@given(logits=float_arrays())
def rows_are_probability_distributions(learner, reference, logits):
    """every row is a probability distribution: entries in [0, 1] that sum to 1"""
    p = learner.softmax(logits)
    assert_close(p, reference.softmax(logits), "softmax(logits)", atol=1e-6, rtol=0)
    assert_true(bool(np.all((p >= 0) & (p <= 1))), "some probabilities are outside [0, 1]")
    assert_close(np.asarray(p.sum(axis=-1)), np.ones(logits.shape[:-1]), "the row sums", atol=1e-9)


@check(points=2, section="softmax",
       hint="Subtract each row's maximum logit before np.exp, so the largest exponent is exp(0) = 1.")
@given(logits=float_arrays(max_dims=2, magnitude=1e4))
@example(logits=np.array([1000.0, 1001.0, 1002.0]))
@example(logits=np.array([-1e4, -1e4 + 1.0]))
def large_logits_do_not_overflow(learner, reference, logits):
    """huge or very negative logits (like 1000 or -1e4) give finite, correct probabilities"""
    assert_close(learner.softmax(logits), reference.softmax(logits), "softmax(logits)", atol=ATOL, rtol=RTOL)


@check(points=1, section="softmax")
@given(logits=float_arrays(max_dims=2), shift=st.floats(-50, 50))
def adding_a_constant_changes_nothing(learner, reference, logits, shift):
    """adding the same constant to every logit leaves the probabilities unchanged"""
    assert_close(learner.softmax(logits + shift), reference.softmax(logits), "softmax(logits + c)",
                 atol=1e-9, rtol=1e-6)


@check(points=2, section="temperature",
       hint="Temperature divides the logits: softmax(logits / T). T < 1 sharpens, T > 1 flattens.")
@given(logits=float_arrays(max_dims=2), temperature=temperatures())
@example(logits=np.array([1.0, 2.0, 3.0]), temperature=0.5)
@example(logits=np.array([1.0, 2.0, 3.0]), temperature=2.0)
def temperature_divides_the_logits(learner, reference, logits, temperature):
    """softmax(logits, T) equals softmax(logits / T) for T > 0"""
    assert_close(learner.softmax(logits, temperature=temperature),
                 reference.softmax(logits, temperature=temperature), "softmax(logits, temperature)",
                 atol=ATOL, rtol=RTOL)


@check(points=2, section="temperature",
       hint="T = 0 cannot divide: return 1.0 at the first largest logit of each row, 0.0 elsewhere.")
@given(logits=float_arrays(max_dims=2, magnitude=3).map(np.round))
@example(logits=np.array([2.0, 5.0, 5.0]))
@example(logits=np.array([[0.0, 0.0], [1.0, -1.0]]))
def temperature_zero_is_greedy_with_ties_to_the_first(learner, reference, logits):
    """temperature 0 puts all probability on the largest logit (the first one on ties)"""
    assert_close(learner.softmax(logits, temperature=0.0), reference.softmax(logits, temperature=0.0),
                 "softmax(logits, temperature=0)", atol=0.0)


@check(points=1, section="temperature")
@given(temperature=st.floats(-100, -1e-6))
@example(temperature=-1.0)
def negative_temperature_raises_value_error(learner, reference, temperature):
    """a negative temperature raises ValueError"""
    with raises(ValueError, f"softmax(logits, temperature={temperature!r})"):
        learner.softmax(np.array([1.0, 2.0]), temperature=temperature)


@check(points=1, section="softmax", hint="Work on a copy: z = logits / T creates a new array; `-=` does not.")
@given(logits=float_arrays(max_dims=2), temperature=temperatures())
def the_logits_are_not_modified(learner, reference, logits, temperature):
    """softmax leaves its input array unchanged"""
    _, args, kwargs = learner.call_and_inputs("softmax", logits, temperature=temperature)
    assert_close(args[0], logits, "the logits after your call", atol=0.0)


@check(points=2, section="sampling-a-token",
       hint="Draw u = rng.random() once and return the first index whose cumulative probability exceeds u.")
@given(logits=logit_vectors(magnitude=5), temperature=temperatures(0.2, 5.0), seed=seeds())
@example(logits=np.array([1.0, 2.0, 3.0]), temperature=1.0, seed=0)
def sample_draws_the_same_token_as_the_reference(learner, reference, logits, temperature, seed):
    """sample(logits, rng, T) returns the same id as the reference for the same seed"""
    got = learner.sample(logits, np.random.default_rng(seed), temperature=temperature)
    expected = reference.sample(logits, np.random.default_rng(seed), temperature=temperature)
    assert_equal(got, expected, f"sample(logits, default_rng({seed}), temperature={temperature!r})")


@check(points=1, section="sampling-a-token")
@given(logits=logit_vectors(magnitude=5).map(np.round), seed=seeds())
@example(logits=np.array([3.0, 7.0, 7.0]), seed=0)
def sample_at_temperature_zero_is_the_argmax(learner, reference, logits, seed):
    """sample at temperature 0 returns the first largest logit's id, whatever the seed"""
    expected = int(np.argmax(logits))
    assert_equal(learner.sample(logits, np.random.default_rng(seed), temperature=0.0), expected,
                 "sample(logits, rng, temperature=0)")


@check(points=1, section="sampling-a-token")
@settings(max_examples=3)
@given(seed=seeds())
def sample_follows_the_distribution(learner, reference, seed):
    """over 200 seeded draws, each token comes up about as often as its probability says"""
    logits = np.log(np.array([0.5, 0.3, 0.2]))
    counts = np.zeros(3)
    for draw in range(200):
        # A fresh generator per draw: the learner's rng runs in another process and does not come back.
        token = learner.sample(logits, np.random.default_rng([seed, draw]))
        assert_true(isinstance(token, (int, np.integer)) and 0 <= token < 3,
                    f"sample returned {token!r}; expected an int in range(3)")
        counts[int(token)] += 1
    # Five standard deviations of a binomial(200, p) count: a correct sampler essentially never fails.
    expected = 200 * np.array([0.5, 0.3, 0.2])
    spread = 5 * np.sqrt(expected * (1 - expected / 200))
    assert_true(bool(np.all(np.abs(counts - expected) <= spread)),
                f"the tokens came up {counts.astype(int).tolist()} times in 200 draws; expected about "
                f"{expected.astype(int).tolist()}")

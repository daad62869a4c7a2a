"""Hidden checks for exercises/reinforcement_learning/best_of_n.py: best-of-n, rejection sampling and
GRPO's group-relative advantages.

The reward function, the model and the verifier are functions the grader passes (they run in the
grader; see grader/wire.py). The toy model answers "a+b" problems, off by a fixed offset per attempt
number, so every correct solution keeps exactly the same pairs. Strings and lists are compared exactly.

Tolerance for the advantages: atol 1e-10 + rtol 1e-9. Correct versions differ only by rounding (np.std
or a hand-written population std, dividing or multiplying by the reciprocal), a few ulps of values
below 10 in size.
"""

import numpy as np
from hypothesis import example, given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from grader.checks import assert_close, assert_equal, assert_true, check, raises

ATOL, RTOL = 1e-10, 1e-9

texts = st.text(alphabet="ab!", min_size=1, max_size=4)
candidate_lists = st.lists(texts, min_size=1, max_size=6)
problem_lists = st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)).map(lambda ab: f"{ab[0]}+{ab[1]}"),
                         max_size=3)
offset_lists = st.lists(st.integers(-1, 1), min_size=1, max_size=4)
reward_groups = hnp.arrays(np.float64, st.integers(1, 8), elements=st.sampled_from([0.0, 0.5, 1.0, 2.0, -1.0]))
real_reward_groups = hnp.arrays(np.float64, st.integers(2, 8), elements=st.floats(-10, 10))


def excitement(calls: list | None = None):
    """A reward model that counts exclamation marks (it likes shouting); records its calls in `calls`."""
    def excitement(text):
        if calls is not None:
            calls.append(text)
        return float(text.count("!"))
    return excitement


def toy_model(offsets: list[int], log: list | None = None):
    """The model: answers "a+b" with a + b + offsets[attempt % len(offsets)], so only offset-0 attempts are right."""
    def toy_model(problem, attempt):
        if log is not None:
            log.append(("sample", problem, attempt))
        a, b = problem.split("+")
        return str(int(a) + int(b) + offsets[attempt % len(offsets)])
    return toy_model


def sum_checker(log: list | None = None):
    """The verifier: is the answer the true sum?"""
    def sum_checker(problem, answer):
        if log is not None:
            log.append(("verify", problem, answer))
        a, b = problem.split("+")
        return answer == str(int(a) + int(b))
    return sum_checker


@check(points=2, section="rl-verifiable", hint="Score every candidate and keep the one with the highest reward.")
@given(candidates=candidate_lists)
@example(candidates=["a", "b!", "!!", "a!"])
def best_of_n_returns_the_highest_reward(learner, reference, candidates):
    """best_of_n returns the candidate that the reward function scores highest"""
    assert_equal(learner.best_of_n(candidates, excitement()), reference.best_of_n(candidates, excitement()),
                 f"best_of_n({candidates!r}, excitement)")


@check(points=2, section="rl-verifiable",
       hint="Replace the best only on a strictly higher score (>, not >=), so the first of equals wins.")
@given(candidates=st.lists(st.text(alphabet="ab", min_size=1, max_size=3), min_size=2, max_size=6, unique=True),
       loud=st.integers(0, 2))
@example(candidates=["a", "b", "ab"], loud=0)
@example(candidates=["a", "b", "ab"], loud=1)
def best_of_n_ties_go_to_the_first(learner, reference, candidates, loud):
    """when several candidates share the highest reward, the first of them wins"""
    candidates = [c + "!" * loud for c in candidates]
    assert_equal(learner.best_of_n(candidates, excitement()), candidates[0],
                 f"best_of_n({candidates!r}, excitement), where every candidate scores {float(loud)}")


@check(points=1, section="rl-verifiable", hint="Each reward call is a model call: score each candidate once.")
@given(candidates=candidate_lists)
def best_of_n_scores_each_candidate_once(learner, reference, candidates):
    """best_of_n calls the reward function exactly once per candidate, in list order"""
    calls = []
    learner.best_of_n(candidates, excitement(calls))
    assert_equal(calls, list(candidates), "the texts your code passed to the reward function")


@check(points=1, section="rl-verifiable")
@given(candidates=st.just([]))
def best_of_n_of_nothing_raises_value_error(learner, reference, candidates):
    """best_of_n of an empty list raises ValueError"""
    with raises(ValueError, "best_of_n([], excitement)"):
        learner.best_of_n(candidates, excitement())


@check(points=3, section="rl-verifiable",
       hint="For each problem, for attempt in range(n): sample, verify, keep (problem, answer) if accepted.")
@settings(max_examples=25)
@given(problems=problem_lists, offsets=offset_lists, n=st.integers(0, 4))
@example(problems=["3+4", "1+1", "3+4"], offsets=[1, 0, -1, 0], n=4)
@example(problems=["3+4"], offsets=[0, 1, 1], n=2)
def rejection_sampling_keeps_the_verified_attempts(learner, reference, problems, offsets, n):
    """rejection_sample keeps every verified (problem, answer), duplicates included, in sampling order"""
    got = learner.rejection_sample(problems, toy_model(offsets), sum_checker(), n)
    assert_true(isinstance(got, list), f"rejection_sample should return a list, not {type(got).__name__}")
    got = [tuple(pair) if isinstance(pair, (list, tuple)) else pair for pair in got]
    assert_equal(got, reference.rejection_sample(problems, toy_model(offsets), sum_checker(), n),
                 f"rejection_sample({problems!r}, toy_model, sum_checker, n={n}) with offsets {offsets}")


@check(points=2, section="rl-verifiable",
       hint="Number the attempts 0, 1, ..., n-1, and verify each answer once, right after sampling it.")
@settings(max_examples=20)
@given(problems=problem_lists, offsets=offset_lists, n=st.integers(0, 4))
@example(problems=["2+2", "5+0"], offsets=[0], n=3)
def the_model_and_verifier_are_called_in_order(learner, reference, problems, offsets, n):
    """the model is asked for attempts 0..n-1 of each problem in turn, and each answer is verified once"""
    log, expected = [], []
    learner.rejection_sample(problems, toy_model(offsets, log), sum_checker(log), n)
    reference.rejection_sample(problems, toy_model(offsets, expected), sum_checker(expected), n)
    assert_equal(log, expected, f"the calls to toy_model and sum_checker, in order (n={n})")


@check(points=1, section="rl-verifiable")
@settings(max_examples=20)
@given(problems=problem_lists, offsets=offset_lists, n=st.integers(1, 4))
def every_kept_answer_is_correct(learner, reference, problems, offsets, n):
    """every kept pair passes the verifier, and no problem keeps more than n answers"""
    kept = learner.rejection_sample(problems, toy_model(offsets), sum_checker(), n)
    for pair in kept:
        assert_true(isinstance(pair, (tuple, list)) and len(pair) == 2 and sum_checker()(*pair),
                    f"{pair!r} was kept, but it is not a correct (problem, answer) pair")
    for problem in set(problems):
        count = sum(1 for pair in kept if pair[0] == problem)
        assert_true(count <= n * problems.count(problem),
                    f"{problem!r} kept {count} answers from {n * problems.count(problem)} attempts")


@check(points=1, section="rl-verifiable")
@given(n=st.integers(-3, -1))
def negative_n_raises_value_error(learner, reference, n):
    """rejection_sample with a negative n raises ValueError (and n = 0 keeps nothing)"""
    assert_equal(learner.rejection_sample(["1+1"], toy_model([0]), sum_checker(), 0), [],
                 "rejection_sample(['1+1'], toy_model, sum_checker, n=0)")
    with raises(ValueError, f"rejection_sample(['1+1'], toy_model, sum_checker, n={n})"):
        learner.rejection_sample(["1+1"], toy_model([0]), sum_checker(), n)


@check(points=2, section="grpo",
       hint="Use the population std, r.std() (ddof=0): rewards (1, 0, 0, 0) give +1.732 and -0.577.")
@given(rewards=reward_groups)
@example(rewards=np.array([1.0, 0.0, 0.0, 0.0]))
@example(rewards=np.array([1.0, 0.0]))
def advantages_match_the_reference(learner, reference, rewards):
    """group_advantages is (r - mean) / (std + 1e-8), with the population std"""
    assert_close(learner.group_advantages(rewards), reference.group_advantages(rewards),
                 "group_advantages(rewards)", atol=ATOL, rtol=RTOL)


@check(points=2, section="grpo",
       hint="Test r.max() == r.min() first and return zeros: r - mean can be 1e-17, not 0.")
@given(value=st.sampled_from([0.0, 1.0, 0.1, -2.7, 1e-3]), size=st.integers(1, 6))
@example(value=0.1, size=3)
@example(value=5.0, size=1)
def equal_rewards_give_exactly_zero(learner, reference, value, size):
    """when all rewards are equal (a group of one included) every advantage is exactly 0"""
    rewards = np.full(size, value)
    assert_close(learner.group_advantages(rewards), np.zeros(size), f"group_advantages({rewards!r})", atol=0.0)


@check(points=1, section="grpo")
@given(rewards=real_reward_groups.filter(lambda r: r.std() > 0.1))
def advantages_are_centred_scaled_and_keep_the_order(learner, reference, rewards):
    """the advantages have mean 0 and std 1, and a higher reward always gets a higher advantage"""
    a = learner.group_advantages(rewards)
    assert_close(a, reference.group_advantages(rewards), "group_advantages(rewards)", atol=1e-6)
    assert_close(np.asarray(a.mean()), np.asarray(0.0), "the mean of the advantages", atol=1e-9)
    assert_close(np.asarray(a.std()), np.asarray(1.0), "the std of the advantages", atol=1e-6)
    order = np.argsort(rewards, kind="stable")
    assert_true(bool(np.all(np.diff(a[order]) >= 0)), "a higher reward got a lower advantage")


@check(points=1, section="grpo")
@given(rewards=real_reward_groups.filter(lambda r: r.std() > 0.1), scale=st.floats(0.1, 10), shift=st.floats(-5, 5))
def rescaling_the_rewards_changes_nothing(learner, reference, rewards, scale, shift):
    """rewards a * r + b with a > 0 give the same advantages as r: only the comparison within the group counts"""
    # Exact up to the 1e-8 in the denominator: a relative change of 1e-8 / (a * std) <= 1e-6 here.
    assert_close(learner.group_advantages(scale * rewards + shift), reference.group_advantages(rewards),
                 f"group_advantages({scale!r} * r + {shift!r})", atol=1e-6, rtol=1e-5)


@check(points=1, section="grpo")
@given(rewards=st.just(np.zeros(0)))
def an_empty_group_raises_value_error(learner, reference, rewards):
    """group_advantages of an empty array raises ValueError"""
    with raises(ValueError, "group_advantages(np.array([]))"):
        learner.group_advantages(rewards)

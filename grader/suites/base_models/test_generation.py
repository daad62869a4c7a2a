"""Hidden checks for exercises/base_models/generation.py: the generation loop and weight sizes.

The model is a function the grader passes (it runs in the grader; see grader/wire.py): a bigram
table, looked up by the last id. Token ids must match the reference exactly, because the docstring
pins the sampling rule (one rng.random() per token, inverse CDF). Sizes are exact integers.
"""

import numpy as np
from hypothesis import example, given, strategies as st

from grader.checks import assert_equal, assert_true, check, raises
from grader.strategies import seeds

DTYPES = ["fp32", "bf16", "fp16", "fp8", "int8", "int4"]


def bigram_tables(vocab: int = 5) -> st.SearchStrategy[np.ndarray]:
    """(V, V) logit tables with small integer entries (ties included)."""
    return st.lists(st.integers(-3, 3), min_size=vocab * vocab, max_size=vocab * vocab).map(
        lambda v: np.array(v, dtype=np.float64).reshape(vocab, vocab))


def bigram_model(table: np.ndarray, seen: list | None = None):
    """A model that looks only at the last id; records every context it is shown in `seen`."""
    def bigram_model(ids):
        if seen is not None:
            seen.append(list(ids))
        return table[ids[-1]]
    return bigram_model


prompts = st.lists(st.integers(0, 4), min_size=1, max_size=4)


@check(points=3, section="generation-loop",
       hint="At temperature 0 take np.argmax of the logits (the first index of the largest).")
@given(table=bigram_tables(), prompt=prompts, n=st.integers(0, 8))
@example(table=np.eye(5)[[1, 2, 3, 4, 0]], prompt=[0], n=4)
def greedy_follows_the_argmax(learner, reference, table, prompt, n):
    """at temperature 0 each new token is the argmax of the model's logits (first index on ties)"""
    got = learner.generate(bigram_model(table), prompt, n, np.random.default_rng(0))
    assert_equal(got, reference.generate(bigram_model(table), prompt, n, np.random.default_rng(0)),
                 f"generate(model, {prompt}, {n}, rng)")


@check(points=3, section="generation-loop",
       hint="Per token: p = softmax(logits / T), u = rng.random() once, the first i with u < cumsum(p)[i].")
@given(table=bigram_tables(), prompt=prompts, n=st.integers(1, 8), seed=seeds(),
       temperature=st.sampled_from([0.5, 1.0, 2.0]))
def sampling_matches_the_seeded_draws(learner, reference, table, prompt, n, seed, temperature):
    """above temperature 0, each token is drawn with one rng.random() by the inverse-CDF rule"""
    got = learner.generate(bigram_model(table), prompt, n, np.random.default_rng(seed), temperature=temperature)
    expected = reference.generate(bigram_model(table), prompt, n, np.random.default_rng(seed), temperature=temperature)
    assert_equal(got, expected, f"generate(model, {prompt}, {n}, rng, temperature={temperature})")


@check(points=2, section="generation-loop")
@given(table=bigram_tables(), prompt=prompts, n=st.integers(1, 10), eos=st.integers(0, 4), seed=seeds())
def stops_after_the_end_token(learner, reference, table, prompt, n, eos, seed):
    """generation stops right after the end token, which is kept; otherwise it adds max_new_tokens"""
    got = learner.generate(bigram_model(table), prompt, n, np.random.default_rng(seed), temperature=1.0, eos_id=eos)
    expected = reference.generate(bigram_model(table), prompt, n, np.random.default_rng(seed),
                                  temperature=1.0, eos_id=eos)
    assert_equal(got, expected, f"generate(model, {prompt}, {n}, rng, temperature=1.0, eos_id={eos})")


@check(points=2, section="generation-loop", hint="Crop before every call: the model sees ids[-context_len:].")
@given(table=bigram_tables(), prompt=st.lists(st.integers(0, 4), min_size=1, max_size=6),
       n=st.integers(1, 6), context_len=st.integers(1, 4))
def the_model_sees_only_the_context_window(learner, reference, table, prompt, n, context_len):
    """the model is shown exactly the last context_len ids of the sequence, at every step"""
    seen, expected_seen = [], []
    learner.generate(bigram_model(table, seen), prompt, n, np.random.default_rng(0), context_len=context_len)
    reference.generate(bigram_model(table, expected_seen), prompt, n, np.random.default_rng(0),
                       context_len=context_len)
    assert_equal(seen, expected_seen, f"the contexts the model was shown with context_len={context_len}")


@check(points=1, section="generation-loop")
@given(table=bigram_tables(), prompt=prompts)
def the_output_starts_with_the_prompt(learner, reference, table, prompt):
    """the result is the prompt followed by the new ids, as a list of ints"""
    got = learner.generate(bigram_model(table), prompt, 3, np.random.default_rng(0))
    assert_true(isinstance(got, list) and all(isinstance(i, int) for i in got),
                f"generate should return a list of ints, not {type(got).__name__}")
    assert_equal(got[: len(prompt)], prompt, "the start of the output")


@check(points=1, section="generation-loop")
@given(table=bigram_tables(), prompt=prompts)
def zero_new_tokens_returns_the_prompt(learner, reference, table, prompt):
    """with max_new_tokens=0 the model is never called and the prompt comes back"""
    seen = []
    got = learner.generate(bigram_model(table, seen), prompt, 0, np.random.default_rng(0))
    assert_equal(got, prompt, "generate(model, prompt, 0, rng)")
    assert_equal(len(seen), 0, "the number of model calls")


@check(points=2, section="lossy-compression")
@given(n_params=st.integers(0, 10**12), dtype=st.sampled_from(DTYPES))
@example(n_params=671_000_000_000, dtype="bf16")
@example(n_params=671_000_000_000, dtype="fp8")
@example(n_params=3, dtype="int4")
def sizes_follow_the_bytes_per_parameter(learner, reference, n_params, dtype):
    """model_size_bytes is parameters times bytes per parameter (int4: half a byte, rounded up)"""
    assert_equal(learner.model_size_bytes(n_params, dtype), reference.model_size_bytes(n_params, dtype),
                 f"model_size_bytes({n_params}, {dtype!r})")


@check(points=1, section="lossy-compression")
@given(dtype=st.sampled_from(["fp64", "float32", "BF16", ""]))
def unknown_dtypes_are_refused(learner, reference, dtype):
    """model_size_bytes raises ValueError for a dtype it does not know"""
    with raises(ValueError, f"model_size_bytes(1000, {dtype!r})"):
        learner.model_size_bytes(1000, dtype)

"""Hidden checks for exercises/capstone/tiny_gpt.py: split, batches, learning-rate schedule, baseline.

Tolerance: the schedule and the baseline are compared with rtol 1e-12 (a cosine and a mean of logs;
correct implementations differ only in the order of a few float operations). Splits and batches are
integer arrays and must match exactly.
"""

import math

import numpy as np
from hypothesis import assume, example, given, strategies as st

from grader.checks import assert_equal, assert_float, assert_true, check, raises
from grader.strategies import seeds

RTOL = 1e-12


def token_ids(min_size: int = 2, max_size: int = 60, vocab: int = 8) -> st.SearchStrategy[np.ndarray]:
    return st.lists(st.integers(0, vocab - 1), min_size=min_size, max_size=max_size).map(np.array)


@check(points=2, section="held-out-data")
@given(ids=token_ids(max_size=40), val_fraction=st.floats(0.01, 0.99))
@example(ids=np.arange(10), val_fraction=0.2)
@example(ids=np.arange(5), val_fraction=0.5)
def split_holds_out_the_end(learner, reference, ids, val_fraction):
    """split_train_val keeps the first tokens for training and the last round(n * fraction) for validation"""
    got = learner.split_train_val(ids, val_fraction)
    expected = reference.split_train_val(ids, val_fraction)
    assert_equal(type(got), tuple, "the type of what split_train_val returns")
    assert_equal(len(got), 2, "the number of arrays split_train_val returns")
    assert_equal(got[0], expected[0], f"train of split_train_val(ids, {val_fraction})")
    assert_equal(got[1], expected[1], f"val of split_train_val(ids, {val_fraction})")


@check(points=1, section="held-out-data")
@given(val_fraction=st.sampled_from([0.0, 1.0, -0.1, 1.5]))
def split_rejects_fractions_outside_zero_one(learner, reference, val_fraction):
    """split_train_val raises ValueError unless 0 < val_fraction < 1"""
    with raises(ValueError, f"split_train_val(ids, {val_fraction})"):
        learner.split_train_val(np.arange(10), val_fraction)


@check(points=2, section="batches",
       hint="Draw all the starts at once: rng.integers(0, len(ids) - block_size, size=batch_size).")
@given(ids=token_ids(min_size=5), block_size=st.integers(1, 4), batch_size=st.integers(1, 4), seed=seeds())
@example(ids=np.arange(100, 110), block_size=3, batch_size=2, seed=0)
def batches_match_the_seeded_windows(learner, reference, ids, block_size, batch_size, seed):
    """get_batch cuts the windows that one rng.integers(0, len(ids) - block_size, size=batch_size) call picks"""
    got = learner.get_batch(ids, block_size, batch_size, np.random.default_rng(seed))
    expected = reference.get_batch(ids, block_size, batch_size, np.random.default_rng(seed))
    assert_equal(len(got), 2, "the number of arrays get_batch returns")
    assert_equal(got[0], expected[0], "x of get_batch")
    assert_equal(got[1], expected[1], "y of get_batch")


@check(points=2, section="batches", hint="y is x moved one token to the right: the token after each position.")
@given(length=st.integers(3, 40), block_size=st.integers(1, 6), batch_size=st.integers(1, 5), seed=seeds())
def targets_are_the_inputs_shifted_by_one(learner, reference, length, block_size, batch_size, seed):
    """every target row is its input row shifted by one token, and every window lies inside the text"""
    assume(length > block_size)
    ids = np.arange(1000, 1000 + length)  # distinct ids, so a window's position can be read off
    x, y = learner.get_batch(ids, block_size, batch_size, np.random.default_rng(seed))
    assert_equal(x.shape, (batch_size, block_size), "the shape of x")
    assert_equal(y.shape, (batch_size, block_size), "the shape of y")
    assert_true(bool(np.all(y == x + 1)), "y should be x shifted by one token: y[b, t] = ids[start + t + 1]")
    assert_true(bool(np.all(np.diff(x, axis=1) == 1)), "each row of x should be a contiguous window of ids")
    assert_true(bool(x.min() >= 1000 and y.max() < 1000 + length), "a window runs past the end of ids")


@check(points=1, section="batches")
@given(length=st.integers(1, 5))
def batches_need_more_tokens_than_the_block(learner, reference, length):
    """get_batch raises ValueError when ids has no more tokens than block_size"""
    with raises(ValueError, f"get_batch(ids of length {length}, block_size=5, ...)"):
        learner.get_batch(np.arange(length), 5, 2, np.random.default_rng(0))


@check(points=1, section="batches")
def every_start_can_be_drawn(learner, reference):
    """over many draws, every window start from 0 to len(ids) - block_size - 1 comes up"""
    ids = np.arange(8)
    x, _ = learner.get_batch(ids, 3, 400, np.random.default_rng(1))
    assert_equal(sorted(set(x[:, 0].tolist())), [0, 1, 2, 3, 4], "the window starts drawn")


@check(points=2, section="the-learning-rate-schedule",
       hint="During warm-up the rate climbs linearly to max_lr at step warmup_steps - 1.")
@given(max_steps=st.integers(1, 50), warmup=st.integers(1, 10), data=st.data())
@example(max_steps=10, warmup=2, data=None)
def warmup_is_linear(learner, reference, max_steps, warmup, data):
    """during warm-up the rate is max_lr * (step + 1) / warmup_steps"""
    steps = range(warmup) if data is None else [data.draw(st.integers(0, warmup - 1))]
    for step in steps:
        got = learner.learning_rate(step, max_steps, 0.5, warmup, 0.01)
        assert_float(got, reference.learning_rate(step, max_steps, 0.5, warmup, 0.01),
                     f"learning_rate({step}, max_steps={max_steps}, max_lr=0.5, warmup_steps={warmup}, min_lr=0.01)",
                     atol=0, rtol=RTOL)


@check(points=2, section="the-learning-rate-schedule")
@given(step=st.integers(0, 120), max_steps=st.integers(1, 100), warmup=st.integers(0, 20),
       max_lr=st.floats(1e-4, 1.0), min_share=st.floats(0, 1))
@example(step=6, max_steps=10, warmup=2, max_lr=1.0, min_share=0.1)
@example(step=10, max_steps=10, warmup=2, max_lr=1.0, min_share=0.1)
@example(step=100, max_steps=10, warmup=2, max_lr=1.0, min_share=0.1)
@example(step=0, max_steps=5, warmup=0, max_lr=1.0, min_share=0.0)
def cosine_decays_to_the_minimum(learner, reference, step, max_steps, warmup, max_lr, min_share):
    """after warm-up the rate follows half a cosine from max_lr down to min_lr, and stays there"""
    min_lr = max_lr * min_share
    got = learner.learning_rate(step, max_steps, max_lr, warmup, min_lr)
    expected = reference.learning_rate(step, max_steps, max_lr, warmup, min_lr)
    assert_float(got, expected,
                 f"learning_rate({step}, max_steps={max_steps}, max_lr={max_lr}, warmup_steps={warmup}, "
                 f"min_lr={min_lr})", atol=1e-15, rtol=RTOL)


@check(points=2, section="the-baseline-to-beat")
@given(train=token_ids(max_size=40), val=token_ids(max_size=20), smoothing=st.floats(0.01, 3.0))
@example(train=np.array([0, 1, 0, 1]), val=np.array([0, 1]), smoothing=1.0)
def baseline_matches_the_reference(learner, reference, train, val, smoothing):
    """bigram_baseline_loss is the mean -log P(next | current) over the validation pairs"""
    got = learner.bigram_baseline_loss(train, val, 8, smoothing)
    assert_float(got, reference.bigram_baseline_loss(train, val, 8, smoothing),
                 f"bigram_baseline_loss(train, val, 8, smoothing={smoothing})", atol=1e-12, rtol=RTOL)


@check(points=1, section="the-baseline-to-beat",
       hint="With nothing learned from training, every next token has probability 1/vocab_size.")
@given(val=token_ids(max_size=20), vocab=st.integers(2, 50))
def baseline_without_training_data_is_log_vocab(learner, reference, val, vocab):
    """with no training pairs, every prediction is uniform and the loss is log(vocab_size)"""
    val = val % vocab
    got = learner.bigram_baseline_loss(np.array([0]), val, vocab)
    assert_float(got, math.log(vocab), "bigram_baseline_loss with one training token",
                 atol=1e-12, rtol=RTOL)


@check(points=1, section="the-baseline-to-beat")
@given(case=st.sampled_from(["smoothing", "short"]))
def baseline_rejects_bad_arguments(learner, reference, case):
    """bigram_baseline_loss raises ValueError for smoothing <= 0 or fewer than 2 validation tokens"""
    if case == "smoothing":
        with raises(ValueError, "bigram_baseline_loss(..., smoothing=0)"):
            learner.bigram_baseline_loss(np.array([0, 1]), np.array([0, 1]), 2, 0.0)
    else:
        with raises(ValueError, "bigram_baseline_loss(train, np.array([1]), 2)"):
            learner.bigram_baseline_loss(np.array([0, 1]), np.array([1]), 2)

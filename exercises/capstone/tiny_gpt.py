"""The plumbing of a training run: data split, batches, learning-rate schedule, and the baseline to beat.

Your earlier exercises built the parts of a GPT: the tokenizer, attention, the block, the loss
gradient, AdamW and the sampler. `llm-course capstone` assembles them into a tiny GPT and trains it
on the course's own text. The four functions here are what the run needs around the model:

- `split_train_val`: hold out the end of the text, so the loss we report is on text the model never
  trained on;
- `get_batch`: cut random windows out of the training ids, each paired with its next-token targets;
- `learning_rate`: warm up, then decay along a cosine, the schedule GPT-2 and GPT-3 used;
- `bigram_baseline_loss`: the loss of the simplest model there is, the bigram table of chapter 1. A
  transformer that cannot beat it has learned nothing about context.

Chapter: "Capstone: train your own tiny GPT", sections "Held-out data", "Batches", "The learning
rate schedule" and "The baseline to beat".
Only numpy and the standard library may be imported.
"""

import math

import numpy as np


def split_train_val(ids: np.ndarray, val_fraction: float) -> tuple[np.ndarray, np.ndarray]:
    """Split a token sequence into a training part and a validation part at the end.

    ids: 1-D int array of token ids. Not modified.
    val_fraction: the share of tokens held out, 0 < val_fraction < 1; anything else raises ValueError.
    Returns (train, val), new arrays with train = ids[:n_train] and val = ids[n_train:], where
    n_train = len(ids) - round(len(ids) * val_fraction) (Python's round: half to even).
    The split is one cut, not a shuffle: windows of neighbouring tokens overlap, so shuffling would
    put nearly the same text on both sides and make the validation loss look better than it is.

    >>> split_train_val(np.arange(10), 0.2)
    (array([0, 1, 2, 3, 4, 5, 6, 7]), array([8, 9]))

    Chapter: "Capstone: train your own tiny GPT", section "Held-out data".
    """
    raise NotImplementedError("split_train_val: write it, then run `llm-course grade tiny_gpt`")


def get_batch(ids: np.ndarray, block_size: int, batch_size: int,
              rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Cut batch_size random windows of block_size tokens, with the tokens that follow them.

    ids: 1-D int array with len(ids) > block_size (else ValueError). Not modified.
    rng: draws the window starts with exactly one call,
        starts = rng.integers(0, len(ids) - block_size, size=batch_size)
    so a start can be any position that leaves room for the window and one more token.
    Returns (x, y), int arrays of shape (batch_size, block_size): x[b] = ids[s : s + block_size] and
    y[b] = ids[s + 1 : s + block_size + 1] for s = starts[b]. y is x shifted by one: y[b, t] is the
    token the model must predict after reading x[b, : t + 1].

    >>> x, y = get_batch(np.arange(100, 110), block_size=3, batch_size=2, rng=np.random.default_rng(0))
    >>> x
    array([[105, 106, 107],
           [104, 105, 106]])
    >>> y
    array([[106, 107, 108],
           [105, 106, 107]])

    Chapter: "Capstone: train your own tiny GPT", section "Batches".
    """
    raise NotImplementedError("get_batch: write it, then run `llm-course grade tiny_gpt`")


def learning_rate(step: int, max_steps: int, max_lr: float, warmup_steps: int, min_lr: float) -> float:
    """The learning rate at `step` (counted from 0): linear warm-up, then cosine decay to min_lr.

    - During warm-up, step < warmup_steps: max_lr * (step + 1) / warmup_steps.
    - After it, with progress = (step - warmup_steps) / max(1, max_steps - warmup_steps), capped at 1:
      min_lr + (max_lr - min_lr) * 0.5 * (1 + cos(pi * progress)).
      So it starts at max_lr, is halfway down at the middle, and stays at min_lr from max_steps on.
    Warm-up keeps the first, large and noisy gradients from throwing the freshly initialised weights
    far off; the slow decay lets training settle into a minimum at the end.

    >>> [round(learning_rate(s, max_steps=10, max_lr=1.0, warmup_steps=2, min_lr=0.1), 3) for s in (0, 1, 2, 6, 10)]
    [0.5, 1.0, 1.0, 0.55, 0.1]

    Chapter: "Capstone: train your own tiny GPT", section "The learning rate schedule".
    """
    raise NotImplementedError("learning_rate: write it, then run `llm-course grade tiny_gpt`")


def bigram_baseline_loss(train_ids: np.ndarray, val_ids: np.ndarray, vocab_size: int,
                         smoothing: float = 1.0) -> float:
    """The validation loss of an add-`smoothing` bigram model counted on the training ids.

    counts[a, b] = smoothing + the number of times b follows a in train_ids; P(b | a) is row a of
    counts divided by its sum. The loss is the mean of -log P(val_ids[i+1] | val_ids[i]) over the
    len(val_ids) - 1 consecutive pairs of val_ids (natural log), the same cross-entropy the GPT
    reports. smoothing must be > 0 (else ValueError), so an unseen pair costs a lot but not infinity;
    val_ids needs at least 2 tokens (else ValueError).

    >>> round(bigram_baseline_loss(np.array([0, 1, 0, 1]), np.array([0, 1]), vocab_size=2), 4)  # P(1|0) = 3/4
    0.2877

    Chapter: "Capstone: train your own tiny GPT", section "The baseline to beat".
    """
    raise NotImplementedError("bigram_baseline_loss: write it, then run `llm-course grade tiny_gpt`")

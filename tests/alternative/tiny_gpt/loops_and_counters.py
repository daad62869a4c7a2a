"""A correct tiny_gpt written with plain loops and a Counter instead of numpy indexing."""

import math
from collections import Counter

import numpy as np


def split_train_val(ids, val_fraction):
    if val_fraction <= 0 or val_fraction >= 1:
        raise ValueError("val_fraction must lie strictly between 0 and 1")
    ids = list(np.asarray(ids))
    held_out = round(len(ids) * val_fraction)
    cut = len(ids) - held_out
    return np.array(ids[:cut], dtype=int), np.array(ids[cut:], dtype=int)


def get_batch(ids, block_size, batch_size, rng):
    ids = np.asarray(ids)
    if block_size >= len(ids):
        raise ValueError("ids is too short for one window and its target")
    starts = rng.integers(0, len(ids) - block_size, size=batch_size)
    xs, ys = [], []
    for s in starts:
        xs.append(ids[s:s + block_size])
        ys.append(ids[s + 1:s + 1 + block_size])
    return np.array(xs).reshape(batch_size, block_size), np.array(ys).reshape(batch_size, block_size)


def learning_rate(step, max_steps, max_lr, warmup_steps, min_lr):
    if step < warmup_steps:
        return (step + 1) / warmup_steps * max_lr
    span = max(1, max_steps - warmup_steps)
    progress = 1.0 if step - warmup_steps >= span else (step - warmup_steps) / span
    return min_lr + 0.5 * (max_lr - min_lr) * (1 + math.cos(progress * math.pi))


def bigram_baseline_loss(train_ids, val_ids, vocab_size, smoothing=1.0):
    if not smoothing > 0:
        raise ValueError("smoothing must be positive")
    if len(val_ids) < 2:
        raise ValueError("need two validation tokens")
    pairs = Counter(zip(list(train_ids)[:-1], list(train_ids)[1:]))
    following = Counter(list(train_ids)[:-1])
    total = 0.0
    for a, b in zip(list(val_ids)[:-1], list(val_ids)[1:]):
        p = (pairs[(a, b)] + smoothing) / (following[a] + smoothing * vocab_size)
        total -= math.log(p)
    return total / (len(val_ids) - 1)

"""Warm-up uses step / warmup_steps, so the very first step has learning rate 0 (a wasted step)."""

import math

CAUGHT_BY = ["warmup_is_linear"]


def learning_rate(step, max_steps, max_lr, warmup_steps, min_lr):
    if step < warmup_steps:
        return max_lr * step / warmup_steps
    progress = min(1.0, (step - warmup_steps) / max(1, max_steps - warmup_steps))
    return min_lr + (max_lr - min_lr) * 0.5 * (1.0 + math.cos(math.pi * progress))

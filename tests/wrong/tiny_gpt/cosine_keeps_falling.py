"""Does not cap the progress at 1: after max_steps the cosine turns and the rate climbs again."""

import math

CAUGHT_BY = ["cosine_decays_to_the_minimum"]


def learning_rate(step, max_steps, max_lr, warmup_steps, min_lr):
    if step < warmup_steps:
        return max_lr * (step + 1) / warmup_steps
    progress = (step - warmup_steps) / max(1, max_steps - warmup_steps)
    return min_lr + (max_lr - min_lr) * 0.5 * (1.0 + math.cos(math.pi * progress))

"""Treats temperature 0 like any other: divides by zero and draws from NaNs instead of taking the argmax."""

import numpy as np

CAUGHT_BY = ["greedy_follows_the_argmax"]


def generate(next_logits, prompt, max_new_tokens, rng, temperature=0.0, eos_id=None, context_len=None):
    ids = [int(i) for i in prompt]
    for _ in range(max_new_tokens):
        window = ids if context_len is None else ids[-context_len:]
        logits = np.asarray(next_logits(window), dtype=np.float64)
        with np.errstate(all="ignore"):
            cumulative = np.cumsum(_softmax(logits, temperature))
        token = int(min(np.searchsorted(cumulative, rng.random(), side="right"), len(logits) - 1))
        ids.append(token)
        if token == eos_id:
            break
    return ids

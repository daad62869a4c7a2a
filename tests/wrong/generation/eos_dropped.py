"""Stops at the end token but does not append it, so the output loses its end marker."""

import numpy as np

CAUGHT_BY = ["stops_after_the_end_token"]


def generate(next_logits, prompt, max_new_tokens, rng, temperature=0.0, eos_id=None, context_len=None):
    ids = [int(i) for i in prompt]
    for _ in range(max_new_tokens):
        window = ids if context_len is None else ids[-context_len:]
        logits = np.asarray(next_logits(window), dtype=np.float64)
        if temperature == 0:
            token = int(np.argmax(logits))
        else:
            token = int(min(np.searchsorted(np.cumsum(_softmax(logits, temperature)), rng.random(), side="right"),
                            len(logits) - 1))
        if token == eos_id:
            break
        ids.append(token)
    return ids

"""Crops with ids[-context_len + 1:]: the model sees one token less than its window allows."""

import numpy as np

CAUGHT_BY = ["the_model_sees_only_the_context_window"]


def generate(next_logits, prompt, max_new_tokens, rng, temperature=0.0, eos_id=None, context_len=None):
    ids = [int(i) for i in prompt]
    for _ in range(max_new_tokens):
        window = ids if context_len is None else ids[-context_len + 1:] or ids[-1:]
        logits = np.asarray(next_logits(window), dtype=np.float64)
        if temperature == 0:
            token = int(np.argmax(logits))
        else:
            token = int(min(np.searchsorted(np.cumsum(_softmax(logits, temperature)), rng.random(), side="right"),
                            len(logits) - 1))
        ids.append(token)
        if token == eos_id:
            break
    return ids

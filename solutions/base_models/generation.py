"""The autoregressive generation loop, and how many bytes a model's weights take.

A base model only ever predicts one next token. Text comes out of a loop around it: crop the
sequence to the context window, ask the model for logits, pick a token, append it, repeat until an
end token or a length limit. The model here is any function from a list of ids to logits, so the
same loop drives a bigram table, the capstone's tiny GPT, or (in principle) GPT-3.

Chapter: "Base models: compression, generation, prompting", sections "The generation loop" and
"Pre-training as lossy compression".
Only numpy and the standard library may be imported.
"""

from collections.abc import Callable

import numpy as np

BYTES_PER_PARAMETER = {"fp32": 4.0, "bf16": 2.0, "fp16": 2.0, "fp8": 1.0, "int8": 1.0, "int4": 0.5}


def _softmax(logits: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(logits / temperature) over a 1-D array. (Given: chapter 8's softmax.)"""
    z = np.asarray(logits, dtype=np.float64) / temperature
    e = np.exp(z - z.max())
    return e / e.sum()


def generate(next_logits: Callable[[list[int]], np.ndarray], prompt: list[int], max_new_tokens: int,
             rng: np.random.Generator, temperature: float = 0.0, eos_id: int | None = None,
             context_len: int | None = None) -> list[int]:
    """Extend `prompt` one token at a time with the model `next_logits`.

    next_logits: the model. Given the list of ids it may see, it returns a 1-D float array of
        logits for the next token.
    prompt: the ids to start from (at least one). Not modified.
    max_new_tokens: how many tokens to add at most (>= 0).
    rng: the randomness for temperature > 0 (unused at temperature 0).
    temperature: 0 picks the first index of the largest logit; above 0, compute
        p = softmax(logits / temperature), draw u = rng.random() exactly once per token and pick the
        smallest i with u < p[0] + ... + p[i] (the rule of chapter 8's `sample`).
    eos_id: if the chosen token is eos_id, append it and stop.
    context_len: if set, the model is shown only the last context_len ids (the context window).
    Returns a new list: the prompt followed by the generated ids, as Python ints.

    >>> table = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])  # 0 -> 1 -> 2 -> 0
    >>> generate(lambda ids: table[ids[-1]], [0], 4, np.random.default_rng(0))
    [0, 1, 2, 0, 1]
    >>> generate(lambda ids: table[ids[-1]], [0], 4, np.random.default_rng(0), eos_id=2)
    [0, 1, 2]

    Chapter: "Base models: compression, generation, prompting", section "The generation loop".
    """
    ### BEGIN SOLUTION
    ids = [int(i) for i in prompt]
    for _ in range(max_new_tokens):
        window = ids if context_len is None else ids[-context_len:]
        logits = np.asarray(next_logits(window), dtype=np.float64)
        if temperature == 0:
            token = int(np.argmax(logits))
        else:
            cumulative = np.cumsum(_softmax(logits, temperature))
            token = int(min(np.searchsorted(cumulative, rng.random(), side="right"), len(logits) - 1))
        ids.append(token)
        if token == eos_id:
            break
    return ids
    ### END SOLUTION


def model_size_bytes(n_params: int, dtype: str) -> int:
    """The bytes needed to store n_params weights in `dtype`.

    dtype: one of "fp32" (4 bytes), "bf16" and "fp16" (2), "fp8" and "int8" (1), "int4" (half a
        byte: two weights per byte, so an odd count needs one more byte). Anything else raises
        ValueError naming the known dtypes.
    Returns an int (the rounded-up byte count).

    >>> model_size_bytes(671_000_000_000, "bf16")  # DeepSeek-V3: 1.342 TB
    1342000000000
    >>> model_size_bytes(3, "int4")
    2

    Chapter: "Base models: compression, generation, prompting", section "Pre-training as lossy compression".
    """
    ### BEGIN SOLUTION
    if dtype not in BYTES_PER_PARAMETER:
        raise ValueError(f"unknown dtype {dtype!r}; known: {', '.join(BYTES_PER_PARAMETER)}")
    if dtype == "int4":
        return (n_params + 1) // 2
    return n_params * int(BYTES_PER_PARAMETER[dtype])
    ### END SOLUTION

"""A correct generation module using rng.choice (the same inverse-CDF draw) and math.ceil."""

import math

import numpy as np


def generate(next_logits, prompt, max_new_tokens, rng, temperature=0.0, eos_id=None, context_len=None):
    out = list(map(int, prompt))
    while len(out) - len(prompt) < max_new_tokens:
        seen = out[-context_len:] if context_len else out
        z = np.array(next_logits(seen), dtype=float)
        if temperature > 0:
            w = np.exp((z - np.max(z)) / temperature)
            nxt = int(rng.choice(len(z), p=w / w.sum()))
        else:
            nxt = int(z.argmax())
        out.append(nxt)
        if eos_id is not None and nxt == eos_id:
            return out
    return out


def model_size_bytes(n_params, dtype):
    bits = {"fp32": 32, "bf16": 16, "fp16": 16, "fp8": 8, "int8": 8, "int4": 4}
    if dtype not in bits:
        raise ValueError(f"dtype must be one of {sorted(bits)}")
    return math.ceil(n_params * bits[dtype] / 8) if bits[dtype] == 4 else n_params * bits[dtype] // 8

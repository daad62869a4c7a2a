"""Starts from the slice wpe[:T] and adds the token embeddings in place: the slice is a view, so the
model's position embedding is overwritten."""

import numpy as np

CAUGHT_BY = ["the_inputs_are_not_modified"]


def gpt_forward(ids, params, n_heads):
    ids = np.asarray(ids, dtype=np.int64).reshape(-1)
    wte, wpe = params["wte"], params["wpe"]
    T = len(ids)
    if T == 0 or T > len(wpe):
        raise ValueError("the sequence does not fit")
    if ids.min() < 0 or ids.max() >= len(wte):
        raise ValueError("token id out of range")
    x = wpe[:T]
    x += wte[ids]
    for block in params["blocks"]:
        x = transformer_block(x, block, n_heads)
    return layer_norm(x, params["lnf_g"], params["lnf_b"]) @ wte.T

"""Never checks T against the context length: with n_ctx = 1, wpe[:T] has one row and broadcasting
quietly adds it to every position."""

import numpy as np

CAUGHT_BY = ["sequences_that_do_not_fit_raise"]


def gpt_forward(ids, params, n_heads):
    ids = np.asarray(ids, dtype=np.int64).reshape(-1)
    wte, wpe = np.asarray(params["wte"], dtype=np.float64), np.asarray(params["wpe"], dtype=np.float64)
    if len(ids) == 0:
        raise ValueError("need at least one token")
    if ids.min() < 0 or ids.max() >= len(wte):
        raise ValueError("token id out of range")
    x = wte[ids] + wpe[: len(ids)]
    for block in params["blocks"]:
        x = transformer_block(x, block, n_heads)
    return layer_norm(x, params["lnf_g"], params["lnf_b"]) @ wte.T

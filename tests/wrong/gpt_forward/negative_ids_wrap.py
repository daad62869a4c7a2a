"""Only checks ids against V from above: id -1 quietly reads the last row of wte."""

import numpy as np

CAUGHT_BY = ["ids_outside_the_vocabulary_raise"]


def gpt_forward(ids, params, n_heads):
    ids = np.asarray(ids, dtype=np.int64).reshape(-1)
    wte, wpe = np.asarray(params["wte"], dtype=np.float64), np.asarray(params["wpe"], dtype=np.float64)
    T = len(ids)
    if T == 0 or T > len(wpe):
        raise ValueError("the sequence does not fit")
    if ids.max() >= len(wte):
        raise ValueError("token id out of range")
    x = wte[ids] + wpe[:T]
    for block in params["blocks"]:
        x = transformer_block(x, block, n_heads)
    return layer_norm(x, params["lnf_g"], params["lnf_b"]) @ wte.T

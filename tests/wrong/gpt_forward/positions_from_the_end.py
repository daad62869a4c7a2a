"""Takes the last T rows of wpe, so a token's position row depends on how long the sequence is."""

import numpy as np

CAUGHT_BY = ["logits_match_the_reference", "a_prefix_gets_the_first_rows_of_the_logits"]


def gpt_forward(ids, params, n_heads):
    ids = np.asarray(ids, dtype=np.int64).reshape(-1)
    wte, wpe = np.asarray(params["wte"], dtype=np.float64), np.asarray(params["wpe"], dtype=np.float64)
    T, V = len(ids), len(wte)
    if T == 0 or T > len(wpe):
        raise ValueError("the sequence does not fit")
    if ids.min() < 0 or ids.max() >= V:
        raise ValueError("token id out of range")
    x = wte[ids] + wpe[len(wpe) - T:]
    for block in params["blocks"]:
        x = transformer_block(x, block, n_heads)
    return layer_norm(x, params["lnf_g"], params["lnf_b"]) @ wte.T

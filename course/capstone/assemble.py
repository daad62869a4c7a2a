"""The learner's transformer exercises put together into one GPT forward pass, for the capstone.

Each transformer exercise ships finished copies of the pieces below it (the block file has its own
attention, layer norm and MLP; the forward-pass file has its own block), so that every exercise can
be graded alone. Here those copies are replaced by the chosen parts: the forward pass calls the
chosen block, which calls the chosen attention, layer norm and MLP. Every part is a module freshly
imported by `parts.choose`, so rebinding its names here touches nothing else.

The capstone's model (`model.py`) keeps its weights in one flat dict and has no attention biases;
`exercise_layout` turns them into the nested dict the exercises take.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

from course.capstone.parts import Part


def exercise_layout(params: Mapping[str, np.ndarray]) -> dict:
    """The capstone's flat parameters as the gpt_forward exercise's dict: blocks as a list of dicts."""
    d = params["wte"].shape[1]
    n_layers = sum(1 for key in params if key.endswith(".w_q"))
    blocks = []
    for i in range(n_layers):
        prefix = f"h{i}."
        block = {key[len(prefix):]: value for key, value in params.items() if key.startswith(prefix)}
        blocks.append(block | {bias: np.zeros(d) for bias in ("b_q", "b_k", "b_v", "b_o")})
    return {"wte": params["wte"], "wpe": params["wpe"], "blocks": blocks,
            "lnf_g": params["lnf_g"], "lnf_b": params["lnf_b"]}


def assemble(attention: Part, layer_norm: Part, mlp: Part, block: Part, gpt: Part) -> Callable:
    """gpt_forward(ids, params, n_heads) from the forward-pass part, wired to the other four parts."""
    multi_head_attention = attention.module.multi_head_attention

    def block_attention(x: np.ndarray, p: dict, n_heads: int) -> np.ndarray:
        # The attention exercise has no biases, and the capstone's model has none either.
        return multi_head_attention(x, p["w_q"], p["w_k"], p["w_v"], p["w_o"], n_heads)

    block.module.multi_head_attention = block_attention
    block.module.layer_norm = layer_norm.module.layer_norm
    block.module.mlp = mlp.module.mlp
    gpt.module.transformer_block = block.module.transformer_block
    gpt.module.layer_norm = layer_norm.module.layer_norm
    return gpt.module.gpt_forward

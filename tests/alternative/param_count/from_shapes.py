"""Correct, written differently: lists every tensor's shape, as a model file would, and multiplies out."""

from math import prod


def _shapes(L, d, V, n_ctx, tied, biases, learned_pos):
    block = {"attention": [(d, d)] * 4 + ([(d,)] * 4 if biases else []),
             "mlp": [(d, 4 * d), (4 * d, d)] + ([(4 * d,), (d,)] if biases else []),
             "layer_norms": [(d,)] * 4}
    shapes = {"token_embedding": [(V, d)], "position_embedding": [(n_ctx, d)] if learned_pos else [],
              "attention": [], "mlp": [], "layer_norms": [], "final_layer_norm": [(d,), (d,)],
              "unembedding": [] if tied else [(d, V)]}
    for _ in range(L):
        for part, tensors in block.items():
            shapes[part] += tensors
    return shapes


def param_breakdown(n_layers, d_model, vocab_size, n_ctx, tied=True, biases=True, learned_pos=True):
    if min(d_model, vocab_size, n_ctx) <= 0 or n_layers < 0:
        raise ValueError("sizes must be positive (n_layers may be 0)")
    if n_layers > 4:  # listing every tensor of 96 blocks is slow: count one block, multiply
        one = param_breakdown(1, d_model, vocab_size, n_ctx, tied, biases, learned_pos)
        none = param_breakdown(0, d_model, vocab_size, n_ctx, tied, biases, learned_pos)
        return {k: none[k] + n_layers * (one[k] - none[k]) for k in one}
    shapes = _shapes(n_layers, d_model, vocab_size, n_ctx, tied, biases, learned_pos)
    return {part: sum(prod(s) for s in tensors) for part, tensors in shapes.items()}


def count_params(n_layers, d_model, vocab_size, n_ctx, tied=True, biases=True, learned_pos=True):
    parts = param_breakdown(n_layers, d_model, vocab_size, n_ctx, tied, biases, learned_pos)
    return sum(parts.values())

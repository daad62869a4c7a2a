"""Never checks the sizes: d_model = 0 or a negative n_layers quietly give 0 or negative counts."""

CAUGHT_BY = ["impossible_sizes_raise"]


def param_breakdown(n_layers, d_model, vocab_size, n_ctx, tied=True, biases=True, learned_pos=True):
    L, d, V = n_layers, d_model, vocab_size
    return {
        "token_embedding": V * d,
        "position_embedding": n_ctx * d if learned_pos else 0,
        "attention": L * (4 * d * d + (4 * d if biases else 0)),
        "mlp": L * (8 * d * d + (5 * d if biases else 0)),
        "layer_norms": L * 4 * d,
        "final_layer_norm": 2 * d,
        "unembedding": 0 if tied else V * d,
    }

"""With biases=False also drops the LayerNorms' gamma and beta, which are not biases of a linear layer."""

CAUGHT_BY = ["the_breakdown_matches_the_reference", "one_more_block_adds_12d2_plus_13d", "three_blue_one_browns_tally_is_reproduced", "the_counts_match_the_arrays_of_a_real_model"]


def param_breakdown(n_layers, d_model, vocab_size, n_ctx, tied=True, biases=True, learned_pos=True):
    if n_layers < 0 or d_model < 1 or vocab_size < 1 or n_ctx < 1:
        raise ValueError("impossible sizes")
    L, d, V = n_layers, d_model, vocab_size
    return {
        "token_embedding": V * d,
        "position_embedding": n_ctx * d if learned_pos else 0,
        "attention": L * (4 * d * d + (4 * d if biases else 0)),
        "mlp": L * (8 * d * d + (5 * d if biases else 0)),
        "layer_norms": L * 4 * d if biases else 0,
        "final_layer_norm": 2 * d if biases else 0,
        "unembedding": 0 if tied else V * d,
    }

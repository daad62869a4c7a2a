"""Always counts the learned position table, even with learned_pos=False."""

CAUGHT_BY = ["the_breakdown_matches_the_reference", "three_blue_one_browns_tally_is_reproduced", "the_counts_match_the_arrays_of_a_real_model"]


def param_breakdown(n_layers, d_model, vocab_size, n_ctx, tied=True, biases=True, learned_pos=True):
    if n_layers < 0 or d_model < 1 or vocab_size < 1 or n_ctx < 1:
        raise ValueError("impossible sizes")
    L, d, V = n_layers, d_model, vocab_size
    return {
        "token_embedding": V * d,
        "position_embedding": n_ctx * d,
        "attention": L * (4 * d * d + (4 * d if biases else 0)),
        "mlp": L * (8 * d * d + (5 * d if biases else 0)),
        "layer_norms": L * 4 * d,
        "final_layer_norm": 2 * d,
        "unembedding": 0 if tied else V * d,
    }

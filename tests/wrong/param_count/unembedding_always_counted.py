"""Counts a separate V x d unembedding even when it is tied to the token embedding."""

CAUGHT_BY = ["gpt2_small_has_124_439_808_parameters", "gpt3_has_174_604_259_328_parameters", "an_untied_unembedding_adds_v_times_d"]


def param_breakdown(n_layers, d_model, vocab_size, n_ctx, tied=True, biases=True, learned_pos=True):
    if n_layers < 0 or d_model < 1 or vocab_size < 1 or n_ctx < 1:
        raise ValueError("impossible sizes")
    L, d, V = n_layers, d_model, vocab_size
    return {
        "token_embedding": V * d,
        "position_embedding": n_ctx * d if learned_pos else 0,
        "attention": L * (4 * d * d + (4 * d if biases else 0)),
        "mlp": L * (8 * d * d + (5 * d if biases else 0)),
        "layer_norms": L * 4 * d,
        "final_layer_norm": 2 * d,
        "unembedding": V * d,
    }

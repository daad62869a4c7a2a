"""count_params uses the chapter's formula for the default options and ignores tied, biases and learned_pos."""

CAUGHT_BY = ["the_breakdown_sums_to_the_total", "an_untied_unembedding_adds_v_times_d"]


def count_params(n_layers, d_model, vocab_size, n_ctx, tied=True, biases=True, learned_pos=True):
    if n_layers < 0 or d_model < 1 or vocab_size < 1 or n_ctx < 1:
        raise ValueError("impossible sizes")
    d = d_model
    return n_layers * (12 * d * d + 13 * d) + vocab_size * d + n_ctx * d + 2 * d

"""Never checks the signs: a negative count gives a negative number of FLOPs instead of an error."""

CAUGHT_BY = ["negative_counts_raise_value_error"]


def forward_flops(n_params, n_tokens):
    return 2 * n_params * n_tokens

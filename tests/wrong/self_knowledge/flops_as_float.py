"""Computes 2.0 * N * tokens in floating point: returns a float, and loses exactness for huge values."""

CAUGHT_BY = ["forward_flops_is_two_n_per_token"]


def forward_flops(n_params, n_tokens):
    if n_params < 0 or n_tokens < 0:
        raise ValueError("negative count")
    return 2.0 * n_params * n_tokens

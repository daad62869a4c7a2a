"""Counts one operation per parameter per token (N * tokens), forgetting that a multiply-add is two."""

CAUGHT_BY = ["forward_flops_is_two_n_per_token"]


def forward_flops(n_params, n_tokens):
    if n_params < 0 or n_tokens < 0:
        raise ValueError("negative count")
    return n_params * n_tokens

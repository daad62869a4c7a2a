"""Trusts the head counts: a lone n_heads is ignored and a ratio that does not divide is rounded down."""

CAUGHT_BY = ["impossible_shapes_raise"]


def kv_cache_bytes(n_layers, d_model, seq_len, batch=1, bytes_per_value=2, n_heads=None, n_kv_heads=None):
    width = d_model
    if n_heads and n_kv_heads:
        width = d_model // n_heads * n_kv_heads
    return 2 * n_layers * seq_len * batch * width * bytes_per_value

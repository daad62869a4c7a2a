"""Computes the cache of one sequence whatever `batch` says."""

CAUGHT_BY = ["cache_bytes_match_the_formula"]


def kv_cache_bytes(n_layers, d_model, seq_len, batch=1, bytes_per_value=2, n_heads=None, n_kv_heads=None):
    if min(n_layers, d_model, bytes_per_value) < 1 or min(seq_len, batch) < 0:
        raise ValueError("bad sizes")
    if (n_heads is None) != (n_kv_heads is None):
        raise ValueError("give both head counts or neither")
    width = d_model
    if n_heads is not None:
        if n_kv_heads < 1 or n_heads % n_kv_heads or d_model % n_heads:
            raise ValueError("impossible head counts")
        width = d_model // n_heads * n_kv_heads
    return 2 * n_layers * seq_len * width * bytes_per_value

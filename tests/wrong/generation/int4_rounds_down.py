"""Counts int4 as n_params // 2 bytes: an odd number of weights loses its last half byte."""

CAUGHT_BY = ["sizes_follow_the_bytes_per_parameter"]


def model_size_bytes(n_params, dtype):
    sizes = {"fp32": 4, "bf16": 2, "fp16": 2, "fp8": 1, "int8": 1}
    if dtype == "int4":
        return n_params // 2
    if dtype not in sizes:
        raise ValueError(f"unknown dtype {dtype!r}")
    return n_params * sizes[dtype]

"""Multiplies the int8 matrices as they are: numpy keeps int8 and the sums wrap around past 127."""

import numpy as np

CAUGHT_BY = ["int8_matmul_matches_the_reference", "large_sums_do_not_wrap_around",
             "int8_matmul_is_close_to_the_float_product"]


def int8_matmul(xq, x_scale, wq, w_scale):
    return (xq @ wq) * np.asarray(x_scale, dtype=np.float64) * np.asarray(w_scale, dtype=np.float64)

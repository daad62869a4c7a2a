"""Multiplies by x_scale.T and w_scale.T: fine for per-tensor scales, wrong (or a shape error) per row and column."""

import numpy as np

CAUGHT_BY = ["int8_matmul_matches_the_reference"]


def int8_matmul(xq, x_scale, wq, w_scale):
    accumulated = (xq.astype(np.int32) @ wq.astype(np.int32)).astype(np.float64)
    return accumulated * np.asarray(w_scale, dtype=np.float64).T * np.asarray(x_scale, dtype=np.float64).T

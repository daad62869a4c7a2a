"""Symmetric absmax int8 quantization, per tensor or per channel, and a matrix product in integers.

A weight tensor is stored as int8 values q plus a float scale s: the largest |w| maps to 127, so
s = max|w| / 127, q = round(w / s) and w is read back as q * s, off by at most s/2. One scale per row
or column (per channel) keeps one outlier from stretching the scale of every other weight. A matrix
product of two quantized matrices sums the int8 products in int32 and applies the scales at the end.

Chapter: "Safety, quantization and the frontier", sections "Running models locally: memory math" and
"Quantization". Only numpy and the standard library may be imported.
"""

import numpy as np


def quantize_int8(w: np.ndarray, axis: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Quantize w to int8 with symmetric absmax scaling: one scale for the tensor, or one per slice.

    w: a float array of any shape with at least one element, finite values. It is not modified.
    axis: None for one scale for the whole tensor. An int means: take the max over that axis, as
        np.max(..., axis=axis) does (negative axes count from the end). For a (K, N) weight matrix,
        axis=0 gives one scale per column, shape (1, N); axis=1 gives one per row, shape (K, 1).
    Returns (q, scale):
      scale = np.abs(w).max(axis=axis, keepdims=True) / 127, a float64 array with as many dimensions
          as w (keepdims, so it broadcasts against w; with axis=None its shape is (1, ..., 1)).
          Where that max is 0 (an all-zero tensor or slice) the scale is 1.0 instead, so nothing is
          divided by zero; those q are 0 anyway.
      q = np.round(w / scale) as int8, the same shape as w, every value in [-127, 127] (-128 is
          never used, so the range is symmetric). np.round sends halfway values to the even integer:
          w / scale = 36.5 gives 36 and 37.5 gives 38.
    Divide by the scale exactly as written (w / scale, with scale = max / 127): w * (127 / max) can
    differ in the last bit and round a halfway value the other way.

    >>> q, scale = quantize_int8(np.array([0.731, -2.54, 1.309, 0.013, 0.0, -0.419]))
    >>> q, scale.round(6)
    (array([  37, -127,   65,    1,    0,  -21], dtype=int8), array([0.02]))
    >>> q, scale = quantize_int8(np.array([[1.0, -0.5], [0.0, 0.0]]), axis=1)  # one scale per row
    >>> q                                                # -0.5 / (1/127) = -63.5 rounds to even: -64
    array([[127, -64],
           [  0,   0]], dtype=int8)
    >>> scale                                            # the all-zero row gets scale 1.0
    array([[0.00787402],
           [1.        ]])
    """
    raise NotImplementedError("quantize_int8: write it, then run `llm-course grade quantization`")


def dequantize_int8(q: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Read quantized values back as floats: q * scale.

    q: an int8 array. scale: a float array that broadcasts against q (as returned by quantize_int8).
    Returns a new float64 array of q's shape. Each value is within scale/2 of the original weight.

    >>> dequantize_int8(np.array([37, -127, 0], dtype=np.int8), np.array([0.02]))
    array([ 0.74, -2.54,  0.  ])
    """
    raise NotImplementedError("dequantize_int8: write it, then run `llm-course grade quantization`")


def int8_matmul(xq: np.ndarray, x_scale: np.ndarray, wq: np.ndarray, w_scale: np.ndarray) -> np.ndarray:
    """The product of two quantized matrices, x @ w, computed in integers and scaled at the end.

    xq: int8 array of shape (M, K) with x_scale of shape (1, 1) (per tensor) or (M, 1) (one per row of
        x: quantize_int8(x, axis=1)).
    wq: int8 array of shape (K, N) with w_scale of shape (1, 1) (per tensor) or (1, N) (one per column
        of w: quantize_int8(w, axis=0)).
    Convert xq and wq to int32 before multiplying: int8 @ int8 stays int8 in numpy and wraps around
    (127 * 127 = 16129 does not fit in int8), while int32 holds any sum of up to 133,000 such products.
    Returns (xq @ wq in int32) * x_scale * w_scale, a float64 array of shape (M, N). Per-row and
    per-column scales work because every entry (i, j) of the product uses only row i of x and column j
    of w, so it can be scaled by x_scale[i] * w_scale[j] after the sum.

    How close is it to the float product x @ w? Write x = x_hat + e and w = w_hat + f, where x_hat and
    w_hat are the dequantized matrices and |e| <= x_scale/2, |f| <= w_scale/2 elementwise. The result
    is exactly x_hat @ w_hat (up to float rounding), and x @ w - x_hat @ w_hat = e @ w + x_hat @ f, so
        |result - x @ w|[i, j] <= sum over k of (x_scale[i]/2 * |w[k, j]| + |x_hat[i, k]| * w_scale[j]/2).

    >>> xq, x_scale = np.array([[127, -64]], dtype=np.int8), np.array([[0.01]])
    >>> wq, w_scale = np.array([[100], [127]], dtype=np.int8), np.array([[0.02]])
    >>> int8_matmul(xq, x_scale, wq, w_scale)        # (127*100 - 64*127) * 0.01 * 0.02
    array([[0.9144]])
    """
    raise NotImplementedError("int8_matmul: write it, then run `llm-course grade quantization`")

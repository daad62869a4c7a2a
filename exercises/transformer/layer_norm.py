"""LayerNorm: bring each token's vector to mean 0 and variance 1, then scale and shift it.

Before each sub-layer of a Transformer block reads the residual stream, every position's vector is
normalised on its own, over its d features:

    LN(x) = gamma * (x - mean) / sqrt(var + eps) + beta

gamma (the scale) and beta (the shift) are learned, one number per feature: 2d parameters per
LayerNorm. eps keeps the division finite when all the features of a vector are equal.

Chapter: "The Transformer block and counting parameters", sections "LayerNorm" and "The residual
stream".
Only numpy and the standard library may be imported.
"""

import numpy as np


def layer_norm(x: np.ndarray, gamma: np.ndarray | float, beta: np.ndarray | float,
               eps: float = 1e-5) -> np.ndarray:
    """Normalise each vector along the last axis to mean 0 and variance 1, then apply gamma and beta.

    x: array-like of finite numbers, shape (..., d) with d >= 1 (ints are allowed). Each vector
        along the last axis (one token's features) is normalised on its own. Not modified.
    gamma, beta: the learned per-feature scale and shift, shape (d,) (or anything that broadcasts
        against x, such as a plain number). Not modified.
    eps: a small positive number added to the variance *inside* the square root.
    Returns a new float64 array of the same shape as x:
        mean = the mean of the d features, var = their biased variance (divide by d, not d - 1, as
        numpy's x.var() and PyTorch's LayerNorm do)
        out = gamma * (x - mean) / sqrt(var + eps) + beta
    A vector whose features are all equal (any vector when d == 1) has x - mean = 0 and gives beta.

    >>> layer_norm(np.array([1.0, 2.0, 3.0, 4.0]), np.ones(4), np.zeros(4)).round(3)  # var = 1.25
    array([-1.342, -0.447,  0.447,  1.342])
    >>> gamma, beta = np.array([2.0, 1.0]), np.array([0.0, 10.0])
    >>> layer_norm(np.array([[1.0, 3.0], [5.0, 5.0]]), gamma, beta).round(3)  # [5, 5] is constant: beta
    array([[-2., 11.],
           [ 0., 10.]])

    Chapter: "The Transformer block and counting parameters", section "LayerNorm".
    """
    raise NotImplementedError("layer_norm: write it, then run `llm-course grade layer_norm`")

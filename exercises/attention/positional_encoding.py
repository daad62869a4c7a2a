"""Telling attention where each token is: the sinusoidal encoding of 2017, and rotary embeddings (RoPE).

Attention on its own ignores word order. The original Transformer adds a fixed vector of sines and
cosines to each token's embedding; most open LLMs today (LLaMA, Qwen, Mistral...) instead rotate
each query and key by an angle proportional to its position, so that the attention score between
two tokens depends only on how far apart they are. Both use the same angles: for the pair of
dimensions (2i, 2i+1) of a d-dimensional vector at position p, the angle is p / base^(2i/d).

Chapter: "Attention and positions", section "Word order: positional information".
Only numpy and the standard library may be imported.
"""

import numpy as np


def sinusoidal_positional_encoding(T: int, d: int, base: float = 10000.0) -> np.ndarray:
    """Return the sinusoidal position vectors of positions 0, 1, ..., T-1, one row per position.

    T: the number of positions, an int >= 0 (T = 0 gives an empty (0, d) array).
    d: the vector size, an even int >= 2.
    base: the base of the wavelengths, a float > 0 (10000 in the 2017 paper).
    Returns a new float64 array PE of shape (T, d) with, for each position p and pair index
    i = 0, 1, ..., d/2 - 1:
        PE[p, 2i]     = sin(p / base ** (2i / d))
        PE[p, 2i + 1] = cos(p / base ** (2i / d))
    So every value is in [-1, 1], PE[0] is [0, 1, 0, 1, ...], and PE[p] . PE[p + k] depends only
    on the offset k.

    Raises ValueError if T < 0, if d is odd or smaller than 2, or if base <= 0.

    >>> sinusoidal_positional_encoding(3, 4).round(4)
    array([[ 0.    ,  1.    ,  0.    ,  1.    ],
           [ 0.8415,  0.5403,  0.01  ,  1.    ],
           [ 0.9093, -0.4161,  0.02  ,  0.9998]])
    """
    raise NotImplementedError("sinusoidal_positional_encoding: write it, then run `llm-course grade positional_encoding`")


def rope(x: np.ndarray, positions: np.ndarray | None = None, base: float = 10000.0) -> np.ndarray:
    """Apply rotary position embedding (RoPE) to x: rotate each pair of dimensions by its angle.

    x: shape (T, d), one query (or key) vector per row, d even and >= 2. It is not modified.
    positions: the position of each row, shape (T,) (ints, or floats); None means 0, 1, ..., T-1.
    base: as in sinusoidal_positional_encoding (10000 by default).
    Pairs are adjacent dimensions (2i, 2i+1), i = 0, ..., d/2 - 1 (some libraries pair i with
    i + d/2 instead; not here). Row t's pair i is turned counterclockwise by the angle
    a = positions[t] / base ** (2i / d):
        out[t, 2i]     = x[t, 2i] * cos(a) - x[t, 2i+1] * sin(a)
        out[t, 2i + 1] = x[t, 2i] * sin(a) + x[t, 2i+1] * cos(a)
    Returns a new float64 array of shape (T, d). Rotations keep every row's length, position 0 is
    left unchanged, and rope(q, [m]) . rope(k, [n]) depends only on the offset m - n.

    Raises ValueError if x is not 2-D, if d is odd or smaller than 2, or if positions does not have
    shape (T,).

    >>> rope(np.array([[1.0, 0.0], [1.0, 0.0]])).round(4)  # row 1 turns by 1 radian
    array([[1.    , 0.    ],
           [0.5403, 0.8415]])
    >>> rope(np.array([[1.0, 0.0]]), positions=np.array([2]), base=100.0).round(4)
    array([[-0.4161,  0.9093]])
    """
    raise NotImplementedError("rope: write it, then run `llm-course grade positional_encoding`")

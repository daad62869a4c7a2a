"""GELU and the MLP (feed-forward) layer of a Transformer block.

Attention moves information between positions; the MLP then works on each position on its own, with
the same weights everywhere. It widens the vector (usually 4x: 768 -> 3,072 in GPT-2 small), applies
the non-linearity GELU, and narrows it back:

    MLP(x) = GELU(x @ w1 + b1) @ w2 + b2

GELU is a smooth "keep the positives, zero the negatives". GPT-2 uses its tanh approximation:

    GELU(x) = 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x**3)))

Chapter: "The Transformer block and counting parameters", section "The MLP (feed-forward) layer".
Only numpy and the standard library may be imported.
"""

import numpy as np


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU, elementwise, in the tanh approximation GPT-2 uses.

    x: array-like of finite numbers, any shape. Not modified.
    Returns a new float64 array of the same shape:
        gelu(x) = 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x**3)))
    gelu(0) == 0; gelu(x) - gelu(-x) == x (tanh is odd); gelu(x) is close to x for large positive x
    and close to 0 for large negative x. Use np.tanh: building tanh from np.exp overflows for
    |x| beyond about 10.

    >>> gelu(np.array([-3.0, -1.0, 0.0, 1.0, 3.0])).round(4)
    array([-0.0036, -0.1588,  0.    ,  0.8412,  2.9964])

    Chapter: "The Transformer block and counting parameters", section "The MLP (feed-forward) layer".
    """
    raise NotImplementedError("gelu: write it, then run `llm-course grade gelu_mlp`")


def mlp(x: np.ndarray, w1: np.ndarray, b1: np.ndarray, w2: np.ndarray, b2: np.ndarray) -> np.ndarray:
    """The position-wise feed-forward block: gelu(x @ w1 + b1) @ w2 + b2.

    x: float array of shape (..., d), one vector per position (no leading axes for a single vector).
    w1: shape (d, h), the up-projection; b1: shape (h,). h is usually 4 * d but can be any h >= 1.
    w2: shape (h, d), the down-projection; b2: shape (d,).
    None of the inputs is modified.
    Returns a new float64 array of shape (..., d). Each position (each vector along the last axis)
    is processed on its own with the same weights, so reordering the positions of x reorders the
    output the same way. With w2 = 0 the output is b2 at every position.

    >>> x = np.array([[1.0, -1.0]])
    >>> w1 = np.array([[1.0, 0.0, 2.0, 0.0], [0.0, 1.0, 0.0, -1.0]])  # d = 2 -> h = 4
    >>> w2 = np.ones((4, 2))
    >>> mlp(x, w1, np.zeros(4), w2, np.array([0.0, 10.0])).round(4)  # gelu([1, -1, 2, 1]) sums to 3.4782
    array([[ 3.4782, 13.4782]])

    Chapter: "The Transformer block and counting parameters", section "The MLP (feed-forward) layer".
    """
    raise NotImplementedError("mlp: write it, then run `llm-course grade gelu_mlp`")

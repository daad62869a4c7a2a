"""Hypothesis strategies shared by the hidden suites: the kinds of input the course's functions take."""

from __future__ import annotations

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp


def finite_floats(magnitude: float = 30.0) -> st.SearchStrategy[float]:
    """Finite float64 values in [-magnitude, magnitude]."""
    return st.floats(-magnitude, magnitude, allow_nan=False, allow_infinity=False, width=64)


def float_arrays(min_dims: int = 1, max_dims: int = 3, min_side: int = 1, max_side: int = 6,
                 magnitude: float = 30.0) -> st.SearchStrategy[np.ndarray]:
    """float64 arrays of small random shape with finite entries."""
    shapes = hnp.array_shapes(min_dims=min_dims, max_dims=max_dims, min_side=min_side, max_side=max_side)
    return hnp.arrays(np.float64, shapes, elements=finite_floats(magnitude))


def logit_vectors(min_size: int = 1, max_size: int = 8, magnitude: float = 30.0) -> st.SearchStrategy[np.ndarray]:
    """1-D float64 logits of length min_size..max_size."""
    return float_arrays(min_dims=1, max_dims=1, min_side=min_size, max_side=max_size, magnitude=magnitude)


def temperatures(low: float = 0.05, high: float = 20.0) -> st.SearchStrategy[float]:
    """Positive temperatures, spread over sharpening (< 1) and flattening (> 1)."""
    return st.floats(low, high, allow_nan=False, allow_infinity=False)


def seeds() -> st.SearchStrategy[int]:
    return st.integers(0, 2**32 - 1)

"""Does not compare the shapes: numpy broadcasts a (3,) array against a (2, 3) one and an answer comes out."""

import numpy as np

CAUGHT_BY = ["different_shapes_raise_value_error"]


def relative_error(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-12))

"""Correct, written differently: plain loops for the encoding, and RoPE as a 2 x 2 rotation matrix
applied to each pair."""

import math

import numpy as np


def sinusoidal_positional_encoding(T, d, base=10000.0):
    if T < 0 or d < 2 or d % 2 == 1 or base <= 0:
        raise ValueError("bad arguments")
    pe = np.zeros((T, d))
    for p in range(T):
        for i in range(d // 2):
            angle = p / base ** (2 * i / d)
            pe[p, 2 * i] = math.sin(angle)
            pe[p, 2 * i + 1] = math.cos(angle)
    return pe


def rope(x, positions=None, base=10000.0):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] < 2 or x.shape[1] % 2 == 1:
        raise ValueError("bad x")
    T, d = x.shape
    if positions is None:
        positions = range(T)
    elif np.shape(positions) != (T,):
        raise ValueError("positions must have one entry per row of x")
    out = np.zeros_like(x)
    for t in range(T):
        for i in range(d // 2):
            a = positions[t] / base ** (2 * i / d)
            rotation = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
            out[t, 2 * i: 2 * i + 2] = rotation @ x[t, 2 * i: 2 * i + 2]
    return out

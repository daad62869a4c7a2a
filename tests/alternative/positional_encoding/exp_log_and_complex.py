"""Correct, written differently: frequencies as exp(-2i/d * log(base)), a stacked-then-reshaped
encoding, and RoPE as multiplication by complex numbers e^(i * angle)."""

import math

import numpy as np


def _frequencies(d, base):
    return np.exp(-np.arange(0, d, 2) / d * math.log(base))


def sinusoidal_positional_encoding(T, d, base=10000.0):
    if not (T >= 0 and d >= 2 and d % 2 == 0 and base > 0):
        raise ValueError("need T >= 0, an even d >= 2 and base > 0")
    angles = np.outer(np.arange(T), _frequencies(d, base))
    return np.stack([np.sin(angles), np.cos(angles)], axis=-1).reshape(T, d)


def rope(x, positions=None, base=10000.0):
    x = np.array(x, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] % 2 or x.shape[1] < 2:
        raise ValueError("x must be (T, d) with d even")
    T, d = x.shape
    if positions is None:
        positions = np.arange(T)
    positions = np.asarray(positions, dtype=np.float64)
    if positions.shape != (T,):
        raise ValueError("positions must have shape (T,)")
    z = x[:, 0::2] + 1j * x[:, 1::2]
    z = z * np.exp(1j * np.outer(positions, _frequencies(d, base)))
    return np.stack([z.real, z.imag], axis=-1).reshape(T, d)

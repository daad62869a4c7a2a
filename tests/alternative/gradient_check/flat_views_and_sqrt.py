"""Correct, written differently: a flat copy with x + h e_i built from a basis vector, and the norms
written as square roots of sums of squares."""

import numpy as np


def numerical_gradient(f, x, h=1e-5):
    point = np.array(x, dtype=np.float64)
    grad = np.empty(point.size)
    for i in range(point.size):
        step = np.zeros(point.size)
        step[i] = h
        step = step.reshape(point.shape)
        grad[i] = (f(point + step) - f(point - step)) * (0.5 / h)
    return grad.reshape(point.shape)


def _norm(a):
    return np.sqrt(np.sum(np.square(a)))


def relative_error(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {a.shape} vs {b.shape}")
    denominator = _norm(a) + _norm(b)
    if denominator < 1e-12:
        denominator = 1e-12
    return float(_norm(a - b) / denominator)


def check_gradient(f, grad, x, h=1e-5, tol=1e-6):
    numerical = numerical_gradient(f, x, h)
    analytic = np.asarray(grad(np.array(x, dtype=np.float64)), dtype=float)
    error = relative_error(analytic, numerical)
    return (not error > tol), error

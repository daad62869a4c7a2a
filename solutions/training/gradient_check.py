"""Checking a hand-written gradient against finite differences.

A backward pass written by hand is easy to get subtly wrong, and a wrong gradient does not crash:
training just goes badly. The cure is to measure the slopes directly. Nudge one input up and down by
a small step h and see how much the function changes; the central difference
(f(x + h) - f(x - h)) / 2h is accurate to about h**2. Do this for every entry and compare the result
with the gradient under test by one relative error. Far too slow for training (two calls of f per
parameter), it is exactly right for testing a gradient on a tiny input, and the course's graders
check your backward passes this way.

Chapter: "Training: next-token loss and backpropagation", sections "Gradients" and "One training
step, in numpy" (checking the gradients).
Only numpy and the standard library may be imported.
"""

from collections.abc import Callable

import numpy as np


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """The gradient of `f` at `x`, estimated entry by entry with central differences.

    f: a function taking an array of x's shape and returning one float.
    x: the point, an array of any shape (a 0-d array too), of floats or ints. It is not modified.
    h: the step, > 0 (not checked).
    Returns a new float64 array g of x's shape, where for every index i
        g[i] = (f(x + h * e_i) - f(x - h * e_i)) / (2 * h),
    e_i being the array of x's shape with a 1 at index i and 0 elsewhere. Work on a float64 copy of
    x (an int array cannot hold x + 1e-5), and call f only with float64 arrays of x's shape: f may
    use the shape, like a loss that reads x as a matrix of logits. f is called 2 * x.size times.

    >>> def f(x):                      # f(x) = x0**2 + 3 x0 x1, so the gradient is (2 x0 + 3 x1, 3 x0)
    ...     return x[0] ** 2 + 3 * x[0] * x[1]
    >>> numerical_gradient(f, np.array([1.0, 2.0])).round(6)
    array([8., 3.])
    >>> numerical_gradient(lambda x: float(np.sum(x ** 3)), np.array([[1, 2]]), h=0.1)  # 3 x**2 + h**2
    array([[ 3.01, 12.01]])
    """
    ### BEGIN SOLUTION
    x = np.array(x, dtype=np.float64)               # a float64 copy: the caller's x stays as it is
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):                   # every index of any shape, () for a 0-d array
        old = x[i]
        x[i] = old + h
        above = f(x)
        x[i] = old - h
        below = f(x)
        x[i] = old                                  # put it back before the next entry
        grad[i] = (above - below) / (2 * h)
    return grad
    ### END SOLUTION


def relative_error(a: np.ndarray, b: np.ndarray) -> float:
    """How far apart two gradients are, relative to their size: one number in [0, 1].

    a, b: arrays of the same shape (any shape, any size), e.g. a hand-written gradient and a
        numerical one. Different shapes raise ValueError (no broadcasting).
    Returns the Python float
        norm(a - b) / max(norm(a) + norm(b), 1e-12)
    where norm is the Euclidean norm of all the entries together, sqrt(sum of squares), whatever the
    shape (np.linalg.norm(a) without other arguments). It is 0.0 exactly when a == b, all-zero arrays
    and empty ones included (the 1e-12 floor keeps 0 / 0 away). It is symmetric in a and b, never
    above 1, and does not change when both arrays are multiplied by the same nonzero factor (as long
    as the floor is not reached). Comparing whole arrays, rather than entry by entry, keeps entries
    that are almost 0 (where a numerical slope is mostly rounding) from setting off false alarms.

    >>> relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.0]))
    0.0
    >>> round(relative_error(np.array([3.0, 4.0]), np.array([3.0, 4.1])), 6)  # 0.1 / (5 + 5.0804)
    0.00992
    >>> relative_error(np.array([1.0, -1.0]), np.array([-1.0, 1.0]))  # opposite directions: the maximum
    1.0
    >>> relative_error(np.zeros((2, 2)), np.zeros((2, 2)))
    0.0
    """
    ### BEGIN SOLUTION
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError(f"the arrays have different shapes: {a.shape} and {b.shape}")
    scale = np.linalg.norm(a) + np.linalg.norm(b)
    return float(np.linalg.norm(a - b) / max(scale, 1e-12))
    ### END SOLUTION


def check_gradient(f: Callable[[np.ndarray], float], grad: Callable[[np.ndarray], np.ndarray],
                   x: np.ndarray, h: float = 1e-5, tol: float = 1e-6) -> tuple[bool, float]:
    """Whether `grad` computes the gradient of `f` at `x`, judged by finite differences.

    f: as in `numerical_gradient`.
    grad: the gradient under test: grad(x) returns an array of x's shape.
    x: the point, as in `numerical_gradient`; not modified. Pass grad a float64 array of x's
        shape too.
    h: the finite-difference step, passed on to numerical_gradient.
    tol: the largest relative error that still counts as a pass.
    Returns (passed, error) where
        error = relative_error(grad(x), numerical_gradient(f, x, h)), a Python float, and
        passed = (error <= tol), a Python bool.
    A grad(x) of the wrong shape raises ValueError (from relative_error).

    >>> def f(x):
    ...     return float(np.sum(x ** 2))
    >>> def right(x):
    ...     return 2 * x
    >>> def wrong(x):                      # forgot the 2 of the derivative of x**2
    ...     return x
    >>> passed, error = check_gradient(f, right, np.array([1.0, -2.0, 0.5]))
    >>> passed, error < 1e-9
    (True, True)
    >>> passed, error = check_gradient(f, wrong, np.array([1.0, -2.0, 0.5]))
    >>> passed, round(error, 4)            # |2x - x| / (|2x| + |x|) = 1/3
    (False, 0.3333)
    """
    ### BEGIN SOLUTION
    x = np.asarray(x, dtype=np.float64)
    error = relative_error(grad(x.copy()), numerical_gradient(f, x, h))  # a copy, in case grad writes to it
    return bool(error <= tol), error
    ### END SOLUTION

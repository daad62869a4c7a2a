"""Measures with the default step and threshold whatever h and tol are passed."""

CAUGHT_BY = ["check_gradient_uses_h_and_tol"]


def check_gradient(f, grad, x, h=1e-5, tol=1e-6):
    error = relative_error(grad(x), numerical_gradient(f, x))
    return error <= 1e-6, error

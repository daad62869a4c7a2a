"""The next-token loss and its gradient at the logits, with positions that do not count.

Cross-entropy scores a batch of predictions: for each row of logits, -log of the probability that
softmax gives the correct token, averaged over the rows. Its gradient with respect to the logits is
the famous (softmax - onehot) / n, the first step of every backward pass. Some positions must not
count at all: padding, or in supervised fine-tuning every token that is not the assistant's reply.
Their target is a sentinel, `ignore_index` (-100, as in PyTorch); they are left out of the mean and
get a gradient of exactly zero.

The course's capstone trains its tiny GPT with your two functions once they get full marks.

Chapter: "Training: next-token loss and backpropagation", sections "Cross-entropy" and
"Backpropagation"; the loss mask is in "Post-training I", section "Training only on the assistant's
tokens".
Only numpy and the standard library may be imported.
"""

import numpy as np


def cross_entropy(logits: np.ndarray, targets: np.ndarray, ignore_index: int = -100) -> float:
    """The mean of -log softmax(logits[i])[targets[i]] over the rows i whose target is not ignore_index.

    logits: float array of shape (N, V), V >= 1, any finite values (1e4 and -1e4 included).
    targets: int array of shape (N,): the correct token of each row, in range(V), or ignore_index
        for a row that must not count.
    ignore_index: the target value that marks an ignored row; -100 by default, as in PyTorch.
    Returns one Python float >= 0: the sum of the kept rows' losses divided by the number of kept
    rows (not by N). Ignored rows play no part, whatever their logits.
    Raises ValueError when no row is kept (every target is ignore_index, or N == 0), and when a kept
    target is outside range(V) (a negative id must not wrap around to the end of the row).
    Nothing passed in is modified.

    Must not overflow: use -log softmax(z)[y] = logsumexp(z) - z[y], where logsumexp(z) =
    m + log(sum(exp(z - m))) and m is the row's largest logit. Adding a constant to a row changes
    nothing, and a row of equal logits costs log(V).

    >>> round(cross_entropy(np.array([[2.0, 1.0, 0.1]]), np.array([0])), 4)  # the chapter's example
    0.417
    >>> logits = np.array([[2.0, 1.0, 0.1], [2.0, 1.0, 0.1], [0.0, 9.0, 0.0]])
    >>> round(cross_entropy(logits, np.array([0, 1, 2])), 4)         # mean of 0.417, 1.417, 9.0002
    3.6114
    >>> round(cross_entropy(logits, np.array([0, 1, -100])), 4)      # the last row ignored: mean of two
    0.917
    >>> round(cross_entropy(np.array([[1000.0, 0.0]]), np.array([1])), 4)  # no overflow
    1000.0
    """
    raise NotImplementedError("cross_entropy: write it, then run `llm-course grade cross_entropy_grad`")


def cross_entropy_grad(logits: np.ndarray, targets: np.ndarray, ignore_index: int = -100) -> np.ndarray:
    """The gradient of `cross_entropy(logits, targets, ignore_index)` with respect to the logits.

    logits, targets, ignore_index: as in `cross_entropy`, with the same ValueErrors.
    Returns a new float64 array of shape (N, V):
    - a kept row i is (softmax(logits[i]) - onehot(targets[i])) / n, where n is the number of kept
      rows (the loss is a mean over them), so each kept row sums to 0;
    - an ignored row is exactly 0: it did not count, so nudging its logits changes nothing.
    Must not overflow for large logits (subtract each row's maximum before np.exp), and adding a
    constant to a row leaves its gradient unchanged. The logits are not modified.

    >>> logits = np.array([[2.0, 1.0, 0.1], [5.0, 5.0, 5.0]])
    >>> cross_entropy_grad(logits, np.array([0, 2])).round(4)  # (p - onehot) / 2
    array([[-0.1705,  0.1212,  0.0493],
           [ 0.1667,  0.1667, -0.3333]])
    >>> cross_entropy_grad(logits, np.array([0, -100])).round(4)  # the chapter's p - onehot, alone
    array([[-0.341 ,  0.2424,  0.0986],
           [ 0.    ,  0.    ,  0.    ]])
    """
    raise NotImplementedError("cross_entropy_grad: write it, then run `llm-course grade cross_entropy_grad`")

"""Top-k and top-p (nucleus) filtering: cut off the unlikely tail before drawing a token.

Even a good distribution over 50,257 tokens has a long tail of tokens that are each unlikely but
together not negligible, and one unlucky draw from it can derail everything after it. Top-k keeps
the k most likely tokens; top-p keeps the smallest set of most likely tokens whose probabilities add
up to at least p. `sample_next` combines them with temperature, in the order Hugging Face uses.

Chapter: "From logits to text", sections "Top-k and top-p" and "Sampling a token".
Only numpy and the standard library may be imported.
"""

import numpy as np

SLACK = 1e-12
"""How far below p a cumulative sum may fall and still count as reaching it (float rounding)."""


def _softmax(logits: np.ndarray) -> np.ndarray:
    """Probabilities from 1-D logits; -inf logits get probability exactly 0. (Given: chapter 8's softmax.)"""
    e = np.exp(logits - np.max(logits))
    return e / e.sum()


def top_k_filter(logits: np.ndarray, k: int) -> np.ndarray:
    """Keep the k largest logits and set every other one to -inf.

    logits: 1-D float array of shape (V,), V >= 1. Not modified.
    k: an int >= 1 (else ValueError); k >= V keeps everything.
    Returns a new float64 array of shape (V,). Exactly min(k, V) entries keep their value. When
    several logits tie at the boundary, the lower indices are kept (a stable sort by decreasing logit).

    >>> top_k_filter(np.array([1.0, 3.0, 2.0, 3.0]), 2)
    array([-inf,   3., -inf,   3.])
    >>> top_k_filter(np.array([2.0, 1.0, 2.0]), 1)  # a tie: the lower index wins
    array([  2., -inf, -inf])

    Chapter: "From logits to text", section "Top-k and top-p".
    """
    raise NotImplementedError("top_k_filter: write it, then run `llm-course grade top_k_top_p`")


def top_p_filter(probs: np.ndarray, p: float) -> np.ndarray:
    """Keep the smallest set of most likely tokens whose total probability reaches p; renormalise.

    probs: 1-D float array of probabilities (non-negative, summing to 1), shape (V,). Not modified.
    p: a float with 0 < p <= 1 (else ValueError).
    Sort the tokens by decreasing probability (ties: lower index first) and keep them one by one
    until the kept total is at least p - 1e-12 (the slack forgives float rounding: 0.1 + 0.2 should
    reach 0.3). The most likely token is always kept.
    Returns a new float64 array of shape (V,): the kept probabilities divided by their sum, zeros
    elsewhere.

    >>> top_p_filter(np.array([0.1, 0.6, 0.3]), 0.8)  # 0.6 is not enough; 0.6 + 0.3 = 0.9 is
    array([0.        , 0.66666667, 0.33333333])
    >>> top_p_filter(np.array([0.5, 0.3, 0.2]), 0.8)  # reaching p exactly is enough
    array([0.625, 0.375, 0.   ])

    Chapter: "From logits to text", section "Top-k and top-p".
    """
    raise NotImplementedError("top_p_filter: write it, then run `llm-course grade top_k_top_p`")


def sample_next(logits: np.ndarray, rng: np.random.Generator, temperature: float = 1.0,
                top_k: int | None = None, top_p: float | None = None) -> int:
    """Draw the next token id with temperature, then top-k, then top-p.

    logits: 1-D float array of shape (V,). Not modified.
    temperature: >= 0 (negative raises ValueError). 0 means greedy: return the first index of the
        largest logit and do not touch rng (top-k and top-p cannot change the argmax).
    top_k, top_p: None skips that filter.
    Otherwise: z = logits / temperature; if top_k, z = top_k_filter(z, top_k); probs = softmax(z);
    if top_p, probs = top_p_filter(probs, top_p); then draw u = rng.random() exactly once and return
    the smallest i with u < probs[0] + ... + probs[i] (the rule of chapter 8's `sample`).
    Returns a Python int.

    >>> sample_next(np.array([1.0, 2.0, 3.0]), np.random.default_rng(0), top_k=1)
    2
    >>> sample_next(np.array([2.0, 1.0, 0.0]), np.random.default_rng(0), top_p=0.5)  # only id 0 survives
    0

    Chapter: "From logits to text", sections "Top-k and top-p" and "Sampling a token".
    """
    raise NotImplementedError("sample_next: write it, then run `llm-course grade top_k_top_p`")

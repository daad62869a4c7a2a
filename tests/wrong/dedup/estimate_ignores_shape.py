"""Compares the signatures with zip, which silently stops at the shorter one instead of raising ValueError."""

CAUGHT_BY = ["estimate_jaccard_is_the_agreement_rate"]


def estimate_jaccard(sig_a, sig_b):
    pairs = list(zip(sig_a, sig_b))
    return sum(x == y for x, y in pairs) / len(pairs)

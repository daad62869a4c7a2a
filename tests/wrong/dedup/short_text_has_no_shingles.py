"""Loops i over range(len - n + 1) only: a text shorter than n gets no shingle at all instead of itself."""

CAUGHT_BY = ["shingles_are_the_distinct_sorted_ngrams", "minhash_signature_follows_the_scheme"]


def shingles(text, n=5):
    if n < 1:
        raise ValueError("n must be at least 1")
    text = normalize(text)
    return sorted({text[i:i + n] for i in range(len(text) - n + 1)})

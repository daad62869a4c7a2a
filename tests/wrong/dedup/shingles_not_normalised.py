"""Cuts shingles from the raw text: "Hello World" and "hello   world" share no signature."""

CAUGHT_BY = ["shingles_are_the_distinct_sorted_ngrams", "texts_equal_after_normalising_share_a_signature"]


def shingles(text, n=5):
    if n < 1:
        raise ValueError("n must be at least 1")
    if len(text) <= n:
        return [text] if text else []
    return sorted({text[i:i + n] for i in range(len(text) - n + 1)})

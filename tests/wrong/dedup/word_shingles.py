"""Makes shingles of n words, like the chapter's worked example, instead of n characters."""

CAUGHT_BY = ["shingles_are_the_distinct_sorted_ngrams", "minhash_signature_follows_the_scheme"]


def shingles(text, n=5):
    if n < 1:
        raise ValueError("n must be at least 1")
    words = normalize(text).split()
    if len(words) <= n:
        return [" ".join(words)] if words else []
    return sorted({" ".join(words[i:i + n]) for i in range(len(words) - n + 1)})

"""Starts a chunk at every multiple of the step below len(text), so after the chunk that reaches the end
it adds one more that only repeats the overlap (for "abcdefgh", 4, 1: 'abcd', 'defg', 'gh')."""

CAUGHT_BY = ["chunks_match_the_reference", "no_chunk_only_repeats_the_overlap"]


def chunk_text(text, chunk_size, overlap):
    if not 0 <= overlap < chunk_size:
        raise ValueError("need 0 <= overlap < chunk_size")
    return [text[i:i + chunk_size] for i in range(0, len(text), chunk_size - overlap)]

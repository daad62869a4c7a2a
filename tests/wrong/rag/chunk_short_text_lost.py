"""Stops the starts at len(text) - overlap, which is right for long texts but returns [] for a text no
longer than the overlap (chunk_text("ab", 5, 3) should be ['ab'])."""

CAUGHT_BY = ["chunks_match_the_reference", "stitching_the_chunks_gives_the_text_back"]


def chunk_text(text, chunk_size, overlap):
    if not 0 <= overlap < chunk_size:
        raise ValueError("need 0 <= overlap < chunk_size")
    return [text[i:i + chunk_size] for i in range(0, len(text) - overlap, chunk_size - overlap)]

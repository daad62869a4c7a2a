"""Steps by chunk_size instead of chunk_size - overlap: the chunks never overlap."""

CAUGHT_BY = ["chunks_match_the_reference", "stitching_the_chunks_gives_the_text_back"]


def chunk_text(text, chunk_size, overlap):
    if not 0 <= overlap < chunk_size:
        raise ValueError("need 0 <= overlap < chunk_size")
    return [text[i:i + chunk_size] for i in range(0, len(text), chunk_size)]

"""Never checks its arguments: a negative overlap leaves gaps and an overlap >= chunk_size returns []
(or trips over range()) instead of raising ValueError."""

CAUGHT_BY = ["bad_chunk_sizes_raise_value_error"]


def chunk_text(text, chunk_size, overlap):
    return [text[i:i + chunk_size] for i in range(0, max(len(text) - overlap, 1), chunk_size - overlap)
            if text]

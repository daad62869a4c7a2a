"""A correct variant: chunk starts from one range(), unit vectors before the dot product, ranking with
sorted() on (-cosine, index), and the prompt assembled from a list of parts joined at the end."""

import numpy as np

PROMPT_HEADER = "Answer using only the sources below, and cite them as [n].\n\n"


def chunk_text(text, chunk_size, overlap):
    if chunk_size < 1 or overlap < 0 or overlap >= chunk_size:
        raise ValueError("bad chunk_size or overlap")
    if not text:
        return []
    # A chunk starting at i exists when the previous one (at i - step) did not reach the end.
    starts = range(0, max(len(text) - overlap, 1), chunk_size - overlap)
    return [text[i:i + chunk_size] for i in starts]


def top_k_cosine(query, docs, k):
    if k < 0:
        raise ValueError("k must not be negative")
    q = np.asarray(query, dtype=float)
    d = np.asarray(docs, dtype=float)
    q_len = np.sqrt(np.sum(q * q))
    d_len = np.sqrt(np.sum(d * d, axis=1))
    if q_len == 0 or (d_len == 0).any():
        raise ValueError("zero vector")
    unit_docs = d / d_len[:, None]
    scores = [float(np.dot(row, q / q_len)) for row in unit_docs]
    ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    return ranked[:k]


def build_rag_prompt(question, passages, max_chars):
    end = "Question: " + question + "\nAnswer:"
    if len(PROMPT_HEADER + end) > max_chars:
        raise ValueError("max_chars is too small even for the question")
    parts = [PROMPT_HEADER]
    for number, text in enumerate(passages, 1):
        candidate = parts + ["[%d] %s\n\n" % (number, text)]
        if len("".join(candidate) + end) > max_chars:
            break
        parts = candidate
    return "".join(parts) + end

"""Retrieval-augmented generation in three steps: chunk the documents, retrieve by cosine, prompt.

RAG puts knowledge into the context instead of the weights. Offline, documents are cut into
overlapping chunks and each chunk is embedded as a vector. At question time the question is embedded
too, the chunks with the highest cosine similarity are retrieved, and they go into the prompt as
numbered passages the model can cite. Embedding needs a trained model, so here the vectors are given.

Chapter: "RAG, tool use and agents", sections "Knowledge belongs in the context" and "RAG step by step".
Only numpy and the standard library may be imported.
"""

import numpy as np

PROMPT_HEADER = "Answer using only the sources below, and cite them as [n].\n\n"


def chunk_text(text: str, chunk_size: int, overlap: int) -> list[str]:
    """Cut `text` into windows of `chunk_size` characters that overlap by `overlap` characters.

    The first chunk starts at character 0 and each next one starts chunk_size - overlap characters
    after the previous one. The chunk that reaches the end of `text` is the last one: there is never
    a chunk that only repeats the end of the previous one. Every chunk has exactly chunk_size
    characters except possibly the last, which is shorter. A text of at most chunk_size characters
    is one chunk, and "" gives [].

    text: any string; characters are Python characters (code points), not bytes or tokens.
    chunk_size: at least 1; overlap: 0 <= overlap < chunk_size. Other values raise ValueError
        (checked first, even when text is "").
    Returns a list of strings. Joining chunks[0] with chunks[i][overlap:] for each later chunk gives
    `text` back.

    >>> chunk_text("abcdefghij", 4, 1)  # starts at 0, 3, 6; "ghij" reaches the end
    ['abcd', 'defg', 'ghij']
    >>> [len(c) for c in chunk_text("x" * 1000, 300, 50)]  # the chapter's example: 0, 250, 500, 750
    [300, 300, 300, 250]
    >>> chunk_text("", 4, 1)
    []
    """
    ### BEGIN SOLUTION
    if not 0 <= overlap < chunk_size:
        raise ValueError(f"need 0 <= overlap < chunk_size, got overlap={overlap}, chunk_size={chunk_size}")
    step = chunk_size - overlap
    chunks = []
    start = 0
    while start < len(text):
        chunks.append(text[start:start + chunk_size])
        if start + chunk_size >= len(text):  # this chunk reaches the end: stop
            break
        start += step
    return chunks
    ### END SOLUTION


def top_k_cosine(query: np.ndarray, docs: np.ndarray, k: int) -> list[int]:
    """The indices of the k rows of `docs` with the highest cosine similarity to `query`, best first.

    cos(q, e) = (q . e) / (|q| |e|), so only the directions count: multiplying the query or any row
    by a positive number changes nothing.

    query: float array of shape (d,); docs: float array of shape (n, d) with n >= 1. Neither is
        modified. A zero query or a zero row of docs has no direction: raise ValueError.
    k: k >= 0; negative k raises ValueError. k larger than n returns all n indices.
    Returns a list of min(k, n) distinct Python ints, sorted by decreasing cosine. When several rows
    have exactly the same cosine, the lower index comes first.

    >>> docs = np.array([[0.9, 0.1, 0.0], [0.1, 0.95, 0.05], [0.0, 0.1, 0.95], [0.8, 0.0, 0.2]])
    >>> top_k_cosine(np.array([0.8, 0.0, 0.15]), docs, 2)  # the chapter's bread question
    [3, 0]
    >>> top_k_cosine(np.array([1.0, 0.0]), np.array([[0.0, 1.0], [2.0, 0.0], [5.0, 0.0]]), 5)
    [1, 2, 0]
    """
    ### BEGIN SOLUTION
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    query_norm = np.linalg.norm(query)
    doc_norms = np.linalg.norm(docs, axis=1)
    if query_norm == 0 or np.any(doc_norms == 0):
        raise ValueError("cosine similarity is undefined for a zero vector")
    cosines = (docs @ query) / (doc_norms * query_norm)
    order = np.argsort(-cosines, kind="stable")  # stable: equal cosines keep the lower index first
    return [int(i) for i in order[:k]]
    ### END SOLUTION


def build_rag_prompt(question: str, passages: list[str], max_chars: int) -> str:
    """The prompt: instructions, then numbered passages, then the question, in at most max_chars.

    The prompt is PROMPT_HEADER, then for each included passage "[n] " + passage + "\\n\\n" (n counts
    from 1), then "Question: " + question + "\\nAnswer:". Passages and question are copied verbatim.

    passages: already in rank order, best first. Passages are included whole, in that order, as long
        as the prompt stays within max_chars characters. At the first passage that would make it
        longer, stop: that passage and every later one are left out, even a later, shorter one that
        would still fit (skipping around would break the rank order the model is told to trust).
    max_chars: the longest prompt allowed, in characters. The question is always included, so if the
        prompt with no passages at all is longer than max_chars, raise ValueError.

    >>> print(build_rag_prompt("How hot?", ["Bake at 220 C.", "Revenue grew."], 200))
    Answer using only the sources below, and cite them as [n].
    <BLANKLINE>
    [1] Bake at 220 C.
    <BLANKLINE>
    [2] Revenue grew.
    <BLANKLINE>
    Question: How hot?
    Answer:
    >>> len(build_rag_prompt("How hot?", ["Bake at 220 C.", "Revenue grew."], 100))  # [2] does not fit
    86
    """
    ### BEGIN SOLUTION
    tail = f"Question: {question}\nAnswer:"
    length = len(PROMPT_HEADER) + len(tail)
    if length > max_chars:
        raise ValueError(f"the question alone needs {length} characters; max_chars is {max_chars}")
    blocks = []
    for n, passage in enumerate(passages, start=1):
        block = f"[{n}] {passage}\n\n"
        if length + len(block) > max_chars:
            break
        blocks.append(block)
        length += len(block)
    return PROMPT_HEADER + "".join(blocks) + tail
    ### END SOLUTION

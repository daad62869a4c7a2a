"""Tokens as vectors: looking up embeddings, comparing them by angle, and answering analogies.

An embedding matrix E has one row per vocabulary entry (shape V x d): a token's vector is its row,
and looking it up is the same as multiplying a one-hot vector by E. Trained embeddings put similar
meanings at small angles, which cosine similarity measures; some differences between vectors are
consistent, so king - man + woman lands near queen.

Chapter: "Embeddings", sections "The embedding matrix is a lookup table", "Geometry: similar meanings
lie close together" and "Vector arithmetic and analogies".
Only numpy and the standard library may be imported.
"""

import numpy as np


def embedding_lookup(E: np.ndarray, ids: np.ndarray | list[int]) -> np.ndarray:
    """Return the embedding vectors of the token ids: row ids[...] of E for every id.

    E: the embedding matrix, shape (V, d). It is not modified.
    ids: token ids, a list of ints or an integer array of any shape (a single id as a 0-d array,
        a batch of sequences as a 2-D array, an empty list...).
    Returns a new array of shape ids.shape + (d,) with E's dtype. It equals E[ids] and
    one_hot(ids, V) @ E, and is always a copy: writing into it never changes E (note that E[3] on
    its own would be a view of row 3).

    Raises IndexError for an id outside [0, V), negative ids included: a token id is a name, so
    -1 is not "the last token" here, although numpy indexing would read it that way.

    >>> E = np.array([[0.9, 0.5], [0.8, -0.5], [0.1, 0.6]])
    >>> embedding_lookup(E, [2, 0])
    array([[0.1, 0.6],
           [0.9, 0.5]])
    >>> embedding_lookup(E, [[1], [1]]).shape
    (2, 1, 2)
    """
    ### BEGIN SOLUTION
    E = np.asarray(E)
    ids = np.asarray(ids, dtype=np.int64)
    if np.any((ids < 0) | (ids >= E.shape[0])):
        raise IndexError(f"token ids must be in [0, {E.shape[0]}), got {ids.min()}..{ids.max()}")
    return np.take(E, ids, axis=0)  # like E[ids], but a new array even for a single id
    ### END SOLUTION


def cosine_similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Return the cosine of the angle between vectors a and b: a . b / (|a| |b|).

    a, b: 1-D float arrays of the same shape (d,). They are not modified.
    Returns a Python float in [-1, 1]: 1 when a and b point the same way, 0 when they are
    perpendicular, -1 when opposite. Rounding can push a . b / (|a| |b|) a hair outside [-1, 1]
    (1.0000000000000002), so the result is clipped to [-1, 1].
    It is symmetric, ignores lengths (cos(2a, b) == cos(a, b)) and changes sign with -a.

    Raises ValueError if a and b have different shapes, or if either is the zero vector (a zero
    vector has no direction, so it has no angle with anything).

    >>> king, queen = np.array([0.9, 0.5, 0.0, 0.2]), np.array([0.8, -0.5, 0.1, 0.2])
    >>> round(cosine_similarity(king, queen), 3)
    0.502
    >>> cosine_similarity(np.array([1.0, 0.0]), np.array([-3.0, 0.0]))
    -1.0
    """
    ### BEGIN SOLUTION
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError(f"vectors of different shapes: {a.shape} and {b.shape}")
    norm_a, norm_b = np.linalg.norm(a), np.linalg.norm(b)
    if norm_a == 0 or norm_b == 0:
        raise ValueError("the cosine of a zero vector is undefined")
    return float(np.clip(a @ b / (norm_a * norm_b), -1.0, 1.0))
    ### END SOLUTION


def nearest(E: np.ndarray, query: np.ndarray, k: int, exclude: list[int] = ()) -> list[int]:
    """Return the indices of the k rows of E most cosine-similar to `query`, best first.

    E: shape (V, d); query: shape (d,). Neither is modified.
    k: how many indices to return, k >= 0; a negative k raises ValueError.
    exclude: row indices in [0, V) that must not be returned (repeats are allowed and count once).
    Returns a list of min(k, V - len(set(exclude))) distinct Python ints, sorted from the highest
    cosine to the lowest. Ties (exactly equal cosines, e.g. two identical rows) go to the lower
    index first: sort with a stable sort on the score alone.

    A zero row of E (such as a padding token's) has no direction: it scores 0, like a perpendicular
    row. A zero query has no direction either and raises ValueError.

    >>> E = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [0.6, 0.8], [0.0, 0.0]])
    >>> nearest(E, np.array([1.0, 0.2]), k=3)
    [0, 2, 3]
    >>> nearest(E, np.array([1.0, 0.2]), k=9, exclude=[0, 1])
    [2, 3, 4]
    """
    ### BEGIN SOLUTION
    E, query = np.asarray(E, dtype=np.float64), np.asarray(query, dtype=np.float64)
    if k < 0:
        raise ValueError(f"k must be >= 0, got {k}")
    query_norm = np.linalg.norm(query)
    if query_norm == 0:
        raise ValueError("the query is the zero vector: it has no direction")
    row_norms = np.linalg.norm(E, axis=1)
    # A zero row has dot product 0 with the query; dividing by 1 instead of 0 makes it score 0.
    scores = (E @ query) / (np.where(row_norms == 0, 1.0, row_norms) * query_norm)
    skip = set(exclude)
    candidates = [i for i in range(len(E)) if i not in skip]
    candidates.sort(key=lambda i: -scores[i])  # stable: equal scores keep the lower index first
    return candidates[:k]
    ### END SOLUTION


def analogy(E: np.ndarray, vocab: list[str], a: str, b: str, c: str) -> str:
    """Answer "a is to b as c is to ?": the word whose vector is nearest to E[b] - E[a] + E[c].

    E: shape (V, d), row i is the vector of vocab[i]. It is not modified.
    vocab: V distinct words.
    "Nearest" is by cosine similarity, as in `nearest`, with the words a, b and c themselves
    excluded (the query is built from them, so they would often win). Ties go to the word with the
    lower index; a zero row scores 0.

    Raises KeyError if a, b or c is not in vocab, and ValueError if no other word is left to return
    or the query E[b] - E[a] + E[c] is the zero vector.

    >>> vocab = ["king", "queen", "man", "woman", "apple"]
    >>> E = np.array([[0.9, 0.5, 0.0, 0.2], [0.8, -0.5, 0.1, 0.2], [0.1, 0.6, 0.0, 0.3],
    ...               [0.1, -0.5, 0.1, 0.3], [0.0, 0.0, 0.9, 0.3]])
    >>> analogy(E, vocab, "man", "king", "woman")
    'queen'
    """
    ### BEGIN SOLUTION
    index = {word: i for i, word in enumerate(vocab)}
    for word in (a, b, c):
        if word not in index:
            raise KeyError(f"{word!r} is not in the vocabulary")
    query = embedding_lookup(E, index[b])  # a new array, so updating it in place leaves E alone
    query -= embedding_lookup(E, index[a])
    query += embedding_lookup(E, index[c])
    best = nearest(E, query, k=1, exclude=[index[a], index[b], index[c]])
    if not best:
        raise ValueError("no word is left once a, b and c are excluded")
    return vocab[best[0]]
    ### END SOLUTION

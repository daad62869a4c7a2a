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
    raise NotImplementedError("embedding_lookup: write it, then run `llm-course grade embeddings`")


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
    raise NotImplementedError("cosine_similarity: write it, then run `llm-course grade embeddings`")


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
    raise NotImplementedError("nearest: write it, then run `llm-course grade embeddings`")


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
    raise NotImplementedError("analogy: write it, then run `llm-course grade embeddings`")

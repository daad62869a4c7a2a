"""Byte-pair encoding (BPE) at the byte level, as in GPT-2 and minbpe: train, encode, decode.

Text is first turned into its UTF-8 bytes, so ids 0-255 stand for the 256 possible bytes and any text
at all can be encoded. Training then repeatedly finds the most frequent adjacent pair of ids and
replaces it everywhere by a new id (256, 257, ...). The merges, in the order they were learned, are
the tokenizer: encoding replays them on new text, decoding looks up the bytes each id stands for.

Left out, for later chapters: the regex that splits text into chunks before merging (GPT-2, GPT-4),
special tokens such as <|endoftext|>, and the speed a real corpus needs.

Chapter: "Tokenization with BPE", sections "Counting pairs", "Merging a pair", "Training" and
"Encoding and decoding".
Only numpy and the standard library may be imported.
"""


def pair_counts(ids: list[int]) -> dict[tuple[int, int], int]:
    """Count how often each adjacent pair of ids occurs in `ids`.

    ids: a list of ints; it is not modified.
    Returns a dict {(a, b): count} with one entry per distinct pair (ids[i], ids[i + 1]).
    Pairs overlap: [1, 1, 1] holds (1, 1) twice. The counts add up to len(ids) - 1; a list with
    fewer than two ids has no pairs and gives {}.
    The keys are in order of each pair's first occurrence in `ids`; `train` relies on this order
    to break ties.

    >>> pair_counts([1, 2, 3, 1, 2])
    {(1, 2): 2, (2, 3): 1, (3, 1): 1}
    >>> pair_counts([1, 1, 1])
    {(1, 1): 2}
    >>> pair_counts([7])
    {}

    Chapter: Tokenization with BPE, section "Counting pairs".
    """
    ### BEGIN SOLUTION
    counts: dict[tuple[int, int], int] = {}
    for pair in zip(ids, ids[1:]):  # each id with its right neighbour; a dict keeps insertion order
        counts[pair] = counts.get(pair, 0) + 1
    return counts
    ### END SOLUTION


def merge(ids: list[int], pair: tuple[int, int], new_id: int) -> list[int]:
    """Replace every occurrence of `pair` in `ids` by `new_id`, scanning from left to right.

    ids: a list of ints; it is not modified. pair: two ints (a, b). new_id: the id that replaces them.
    Returns a new list. Occurrences do not overlap: after ids[i], ids[i + 1] is replaced, the scan
    goes on at ids[i + 2], so merging (1, 1) in [1, 1, 1] gives [new_id, 1], not [new_id, new_id].
    When `pair` does not occur, the result is a copy of `ids`.

    >>> merge([1, 2, 3, 1, 2], (1, 2), 4)
    [4, 3, 4]
    >>> merge([1, 1, 1], (1, 1), 256)
    [256, 1]

    Chapter: Tokenization with BPE, section "Merging a pair".
    """
    ### BEGIN SOLUTION
    out = []
    i = 0
    while i < len(ids):
        if i + 1 < len(ids) and ids[i] == pair[0] and ids[i + 1] == pair[1]:
            out.append(new_id)
            i += 2  # skip both: the second id cannot start another occurrence
        else:
            out.append(ids[i])
            i += 1
    return out
    ### END SOLUTION


def train(text: str, vocab_size: int) -> dict[tuple[int, int], int]:
    """Learn BPE merges from the UTF-8 bytes of `text`, for a vocabulary of at most `vocab_size` ids.

    text: any str; training starts from list(text.encode("utf-8")).
    vocab_size: the 256 byte ids plus the merges, so at most vocab_size - 256 merges are learned;
        vocab_size < 256 raises ValueError.
    Returns the merges in the order they were learned, {(a, b): new_id}: the first merge gets new_id
        256, the next 257, and so on. The dict's order (and new_id) is each merge's rank.

    Each step counts the pairs of the current ids (`pair_counts`), takes the most frequent pair and
    merges it everywhere (`merge`) with the next new id. Ties: among pairs with the same highest
    count, the one that occurs first in the current ids wins. Training stops early, with fewer
    merges, when no pair occurs at least twice.

    >>> train("aaabdaaabac", 259)   # Z = aa, Y = Za (Za and ab occur twice; Za comes first), X = Yb
    {(97, 97): 256, (256, 97): 257, (257, 98): 258}
    >>> train("aaabdaaabac", 1000)  # XdXac has no repeated pair left: only 3 merges
    {(97, 97): 256, (256, 97): 257, (257, 98): 258}
    >>> train("abc", 256)
    {}

    Chapter: Tokenization with BPE, section "Training".
    """
    ### BEGIN SOLUTION
    if vocab_size < 256:
        raise ValueError(f"vocab_size must be at least 256 (the byte ids), got {vocab_size}")
    ids = list(text.encode("utf-8"))
    merges: dict[tuple[int, int], int] = {}
    for new_id in range(256, vocab_size):
        counts = pair_counts(ids)
        if not counts:
            break
        # max() returns the first of equal maxima, and counts is in order of first occurrence.
        pair = max(counts, key=counts.get)
        if counts[pair] < 2:
            break
        ids = merge(ids, pair, new_id)
        merges[pair] = new_id
    return merges
    ### END SOLUTION


def vocab(merges: dict[tuple[int, int], int]) -> dict[int, bytes]:
    """The bytes each id stands for, {id: bytes}, given the merges learned by `train`.

    Ids 0-255 stand for one byte each, bytes([i]); a merge (a, b) -> new_id stands for
    vocab[a] + vocab[b]. `merges` is in rank order, so a and b always come before new_id.
    Returns a dict with 256 + len(merges) entries.

    >>> table = vocab({(97, 97): 256, (256, 97): 257})
    >>> table[97], table[256], table[257], len(table)
    (b'a', b'aa', b'aaa', 258)

    Chapter: Tokenization with BPE, section "Training".
    """
    ### BEGIN SOLUTION
    table = {i: bytes([i]) for i in range(256)}
    for (a, b), new_id in merges.items():  # in rank order: a and b are already in the table
        table[new_id] = table[a] + table[b]
    return table
    ### END SOLUTION


def encode(text: str, merges: dict[tuple[int, int], int]) -> list[int]:
    """Turn `text` into token ids: its UTF-8 bytes, then the merges applied by rank.

    merges: as returned by `train`; a merge's rank is its new id (lower = learned earlier).
    Start from list(text.encode("utf-8")). Then, as long as some adjacent pair has a merge, take the
    pair whose merge has the lowest rank and merge it everywhere (`merge`). This gives the same ids as
    replaying every merge in the order learned. How often a pair occurs in `text` plays no part.
    Empty text gives [].

    >>> merges = train("aaabdaaabac", 259)
    >>> encode("aaabdaaabac", merges)  # XdXac
    [258, 100, 258, 97, 99]
    >>> encode("Me我", merges)  # no merge applies: the UTF-8 bytes
    [77, 101, 230, 136, 145]

    Chapter: Tokenization with BPE, section "Encoding and decoding".
    """
    ### BEGIN SOLUTION
    ids = list(text.encode("utf-8"))
    while len(ids) >= 2:
        counts = pair_counts(ids)
        # subtle: pairs without a merge get rank infinity, so min() finds the earliest-learned merge
        pair = min(counts, key=lambda p: merges.get(p, float("inf")))
        if pair not in merges:
            break  # no pair left has a merge
        ids = merge(ids, pair, merges[pair])
    return ids
    ### END SOLUTION


def decode(ids: list[int], merges: dict[tuple[int, int], int]) -> str:
    """Turn token ids back into text: join the bytes of all the ids, then decode them as UTF-8.

    ids: a list of ids from the vocabulary (0-255, or a new id of `merges`); any other id, negative
        ones included, raises ValueError.
    Join first, decode once: a character can be split across tokens (我 is 3 bytes) and must come
    back whole. Bytes that are not valid UTF-8 become U+FFFD '�' (errors="replace"); decode never
    raises for them.

    >>> merges = train("aaabdaaabac", 259)
    >>> decode([258, 100, 258, 97, 99], merges)
    'aaabdaaabac'
    >>> decode([230, 136], merges)  # the first two of 我's three bytes
    '�'

    Chapter: Tokenization with BPE, section "Encoding and decoding".
    """
    ### BEGIN SOLUTION
    table = vocab(merges)
    for i in ids:
        if i not in table:
            raise ValueError(f"id {i} is not in the vocabulary (0 to {len(table) - 1})")
    return b"".join(table[i] for i in ids).decode("utf-8", errors="replace")
    ### END SOLUTION

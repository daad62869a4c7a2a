"""How many r's in strawberry? Counting letters through tokens, the way a model cannot.

A language model receives token ids, such as 302, 1618, 19772 for "st" + "raw" + "berry", never the
letters. The letters are not lost, though: the tokenizer's vocabulary maps every id to its bytes, so
a program can put the text back together and count. This file does exactly that, and finds which
tokens contain a letter at all. The one trap is that a token holds bytes, not characters: a
multi-byte character such as 我 (3 bytes) can be split across two tokens, so the bytes must be joined
before they are decoded.

Chapter: "Tokenization with BPE", sections "Encoding and decoding" and "What tokenization makes hard".
Only numpy and the standard library may be imported.
"""


def token_pieces(ids: list[int], vocab: dict[int, bytes]) -> list[bytes]:
    """The bytes of each token, in order: [vocab[i] for i in ids].

    ids: a list of token ids; it is not modified.
    vocab: {id: bytes}, the tokenizer's vocabulary. Its ids need not be 0, 1, 2, ... (any ints will do).
    Returns a new list with one bytes object per id. An id that is not in `vocab` raises ValueError.

    >>> token_pieces([302, 1618, 19772], {302: b"st", 1618: b"raw", 19772: b"berry"})
    [b'st', b'raw', b'berry']
    """
    raise NotImplementedError("token_pieces: write it, then run `llm-course grade letter_counting`")


def count_letter(ids: list[int], vocab: dict[int, bytes], letter: str) -> int:
    """How many times `letter` occurs in the text that the token ids stand for.

    ids, vocab: as in `token_pieces` (an unknown id raises ValueError).
    letter: a str of exactly one character, such as "r", "é" or "我"; anything else raises ValueError.
    Returns an int.

    Method: join the bytes of all the tokens, decode them once as UTF-8, and count `letter` in the
    text. Join first: a multi-byte character can be split across tokens (the 3 bytes of 我 as
    b"\\xe6\\x88" + b"\\x91"), and decoding token by token would lose it. So the count does not depend
    on how the text was cut into tokens. Bytes that are not valid UTF-8 decode to U+FFFD "�", as in
    bpe's `decode` (errors="replace"); counting "\\ufffd" therefore counts them too.

    >>> vocab = {302: b"st", 1618: b"raw", 19772: b"berry"}
    >>> count_letter([302, 1618, 19772], vocab, "r")
    3
    >>> count_letter([1, 2, 3], {1: b"\\xe6\\x88", 2: b"\\x91\\xe6", 3: b"\\x88\\x91"}, "我")  # 我我, cut mid-character
    2
    """
    raise NotImplementedError("count_letter: write it, then run `llm-course grade letter_counting`")


def tokens_containing(vocab: dict[int, bytes], letter: str) -> list[int]:
    """The ids of the tokens whose own text contains `letter`, in increasing order.

    vocab: {id: bytes}. letter: a str of exactly one character; anything else raises ValueError.
    A token counts when its bytes, decoded strictly as UTF-8 on their own, give a text that contains
    `letter`. A token that is not valid UTF-8 on its own (such as b"\\xe6\\x88", two thirds of 我)
    never counts, even if it holds some of the letter's bytes: alone, it is no character at all.
    Returns a new sorted list of ids, each once; [] when no token contains the letter.

    >>> tokens_containing({302: b"st", 1618: b"raw", 19772: b"berry", 7: b"r"}, "r")
    [7, 1618, 19772]
    >>> tokens_containing({1: b"\\xe6\\x88", 2: "我".encode("utf-8"), 3: b"\\x91"}, "我")
    [2]
    """
    raise NotImplementedError("tokens_containing: write it, then run `llm-course grade letter_counting`")

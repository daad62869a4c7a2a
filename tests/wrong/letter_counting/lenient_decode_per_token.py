"""Decodes each token with errors="replace": a token such as b"\xffr" or b"r\xe6\x88" is not valid UTF-8
alone but still counts for "r" (and every broken token counts for U+FFFD)."""

CAUGHT_BY = ["tokens_that_are_not_utf8_alone_never_count", "tokens_containing_matches_the_reference"]


def tokens_containing(vocab, letter):
    if len(letter) != 1:
        raise ValueError("letter must be one character")
    return sorted(token for token, piece in vocab.items() if letter in piece.decode("utf-8", errors="replace"))

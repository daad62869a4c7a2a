"""Keeps every token whose bytes contain the letter's bytes, valid UTF-8 or not (b"\xffr" counts for "r")."""

CAUGHT_BY = ["tokens_that_are_not_utf8_alone_never_count", "tokens_containing_matches_the_reference"]


def tokens_containing(vocab, letter):
    if len(letter) != 1:
        raise ValueError("letter must be one character")
    return sorted(token for token, piece in vocab.items() if letter.encode("utf-8") in piece)

"""Counts the letter's UTF-8 bytes inside each token separately: right for ASCII, but a multi-byte
letter whose bytes straddle two tokens is missed."""

CAUGHT_BY = ["count_letter_does_not_depend_on_where_the_tokens_split",
             "count_letter_finds_a_character_split_across_tokens"]


def count_letter(ids, vocab, letter):
    if len(letter) != 1:
        raise ValueError("letter must be one character")
    needle = letter.encode("utf-8")
    return sum(piece.count(needle) for piece in token_pieces(ids, vocab))

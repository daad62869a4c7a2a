"""Decodes each token on its own and adds up the counts: a character split across two tokens becomes
two U+FFFD and is never found."""

CAUGHT_BY = ["count_letter_does_not_depend_on_where_the_tokens_split",
             "count_letter_finds_a_character_split_across_tokens"]


def count_letter(ids, vocab, letter):
    if len(letter) != 1:
        raise ValueError("letter must be one character")
    return sum(piece.decode("utf-8", errors="replace").count(letter) for piece in token_pieces(ids, vocab))

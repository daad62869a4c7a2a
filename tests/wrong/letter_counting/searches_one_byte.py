"""Searches the joined bytes for the single byte ord(letter) (mod 256): fine for ASCII, wrong for é,
我 and emoji, whose UTF-8 bytes are not their code points."""

CAUGHT_BY = ["count_letter_matches_the_count_in_the_text", "count_letter_finds_a_character_split_across_tokens"]


def count_letter(ids, vocab, letter):
    if len(letter) != 1:
        raise ValueError("letter must be one character")
    return b"".join(token_pieces(ids, vocab)).count(bytes([ord(letter) % 256]))

"""Decodes the joined bytes strictly: ids that do not form valid UTF-8 raise instead of giving U+FFFD."""

CAUGHT_BY = ["count_letter_treats_invalid_bytes_like_decode"]


def count_letter(ids, vocab, letter):
    if len(letter) != 1:
        raise ValueError("letter must be one character")
    return b"".join(token_pieces(ids, vocab)).decode("utf-8").count(letter)

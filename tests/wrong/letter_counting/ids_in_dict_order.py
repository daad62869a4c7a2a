"""Returns the ids in the dict's order instead of sorting them."""

CAUGHT_BY = ["tokens_containing_is_sorted_without_repeats", "tokens_containing_matches_the_reference"]


def tokens_containing(vocab, letter):
    if len(letter) != 1:
        raise ValueError("letter must be one character")
    found = []
    for token, piece in vocab.items():
        try:
            if letter in piece.decode("utf-8"):
                found.append(token)
        except UnicodeDecodeError:
            pass
    return found

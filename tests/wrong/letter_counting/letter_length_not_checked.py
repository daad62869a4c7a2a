"""Never checks that letter is one character: "" and "rr" are counted by str.count instead of raising."""

CAUGHT_BY = ["a_letter_must_be_one_character"]


def count_letter(ids, vocab, letter):
    return b"".join(token_pieces(ids, vocab)).decode("utf-8", errors="replace").count(letter)


def tokens_containing(vocab, letter):
    found = []
    for token, piece in vocab.items():
        try:
            if letter in piece.decode("utf-8"):
                found.append(token)
        except UnicodeDecodeError:
            pass
    return sorted(found)

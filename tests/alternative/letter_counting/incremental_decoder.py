"""Letter counting with an incremental UTF-8 decoder: it is fed one token at a time and holds back
the bytes of an unfinished character until the next token completes it."""

import codecs


def token_pieces(ids: list[int], vocab: dict[int, bytes]) -> list[bytes]:
    missing = [i for i in ids if i not in vocab]
    if missing:
        raise ValueError(f"unknown token ids: {missing}")
    return list(map(vocab.__getitem__, ids))


def _one_character(letter: str) -> str:
    if not isinstance(letter, str) or len(letter) != 1:
        raise ValueError("expected exactly one character")
    return letter


def count_letter(ids: list[int], vocab: dict[int, bytes], letter: str) -> int:
    letter = _one_character(letter)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    total = 0
    for piece in token_pieces(ids, vocab):
        total += sum(1 for ch in decoder.decode(piece) if ch == letter)
    total += decoder.decode(b"", final=True).count(letter)  # a character left unfinished at the end
    return total


def tokens_containing(vocab: dict[int, bytes], letter: str) -> list[int]:
    letter = _one_character(letter)

    def is_text_with_letter(piece: bytes) -> bool:
        try:
            return letter in str(piece, "utf-8")
        except UnicodeDecodeError:
            return False

    return sorted(filter(lambda token: is_text_with_letter(vocab[token]), vocab))

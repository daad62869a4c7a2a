"""Hidden checks for exercises/tokenization/letter_counting.py: counting letters through token ids.

Everything is exact: pieces, counts and id lists are compared with ==.

The ground truth for a count is str.count on the text the ids encode. Ids are made here, two ways:
- a tiny greedy longest-match tokenizer over a fixed BPE-like vocabulary (the 256 bytes plus pieces
  such as "st", "raw", "berry", whole Chinese words, and tokens that are only part of a character,
  like the first two bytes of 我), and
- random cuts of the text's bytes, anywhere, even inside a character, with a vocabulary made of the
  pieces under random ids. The count must not depend on where the cuts fall.
"""

from hypothesis import example, given, strategies as st

from grader.checks import assert_equal, assert_true, check, fail, raises

STRAWBERRY = {302: b"st", 1618: b"raw", 19772: b"berry", 101830: b" strawberry", 428: b" r"}
"""GPT-4o's o200k_base pieces from the chapter's table."""

EXTRA_PIECES = [b"st", b"raw", b"berry", b" straw", b"rr", b"er", b"ry", b"ra", b"aw", b"be",
                "é".encode(), "我".encode(), "我".encode()[:2], "很".encode()[:2], "天".encode(), "天气".encode(),
                "今天".encode(), "好".encode(), "😀".encode()[:3], "😀".encode()[1:], "é".encode() + b"r",
                b"r" + "我".encode()[:1]]
TABLE = {i: bytes([i]) for i in range(256)} | {256 + k: p for k, p in enumerate(EXTRA_PIECES)}
"""A BPE-like vocabulary: every byte, so any text can be encoded, plus longer pieces, some of them
only part of a character."""

ALPHABET = "strawbey r我很天气今好é😀x"


# --- inputs and the suite's own tokenizer -------------------------------------------------------

def greedy_encode(text: str, vocab: dict[int, bytes]) -> list[int]:
    """Greedy longest match: at each position take the longest vocabulary piece that fits.

    Any text can be encoded as long as the vocabulary holds all 256 single bytes.
    """
    id_of = {piece: token for token, piece in vocab.items()}
    longest = max(map(len, id_of))
    data, ids, i = text.encode("utf-8"), [], 0
    while i < len(data):
        size = next(n for n in range(min(longest, len(data) - i), 0, -1) if data[i:i + n] in id_of)
        ids.append(id_of[data[i:i + size]])
        i += size
    return ids


def texts(max_size: int = 16) -> st.SearchStrategy[str]:
    """Text over letters that BPE-like pieces cover (Latin, Chinese, an emoji), or any text."""
    return st.one_of(st.text(ALPHABET, max_size=max_size), st.text(ALPHABET, max_size=max_size),
                     st.text(max_size=max_size // 2))


def letters_for(text: str) -> st.SearchStrategy[str]:
    """One character: mostly one that occurs in `text`, sometimes one from the alphabet that may not."""
    choices = st.sampled_from(ALPHABET)
    return st.one_of(st.sampled_from(sorted(set(text))), choices) if text else choices


@st.composite
def cut_texts(draw) -> tuple[str, list[int], dict[int, bytes], str]:
    """(text, ids, vocab, letter): the text's bytes cut at random places (even inside a character),
    each piece given a random id; the vocabulary holds just those pieces, in a random order."""
    text = draw(st.text(ALPHABET, min_size=1, max_size=12))
    data = text.encode("utf-8")
    cuts = sorted(draw(st.sets(st.integers(1, len(data) - 1), max_size=len(data) - 1))) if len(data) > 1 else []
    pieces = [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)])]
    distinct = list(dict.fromkeys(pieces))
    new_ids = draw(st.lists(st.integers(0, 5000), min_size=len(distinct), max_size=len(distinct), unique=True))
    id_of = dict(zip(distinct, new_ids))
    order = draw(st.permutations(distinct))
    return text, [id_of[p] for p in pieces], {id_of[p]: p for p in order}, draw(letters_for(text))


@st.composite
def small_vocabs(draw) -> dict[int, bytes]:
    """Up to 12 tokens under random ids in a random order: pieces of the table, random bytes, or
    the encodings of short texts (valid UTF-8)."""
    piece = st.one_of(st.sampled_from(EXTRA_PIECES), st.binary(min_size=1, max_size=4),
                      st.text(ALPHABET, min_size=1, max_size=3).map(lambda t: t.encode("utf-8")))
    pieces = draw(st.lists(piece, max_size=12))
    ids = draw(st.lists(st.integers(0, 300), min_size=len(pieces), max_size=len(pieces), unique=True))
    return dict(zip(ids, pieces))


def _require_int(got, what: str) -> None:
    if not isinstance(got, int) or isinstance(got, bool):
        fail(f"{what} should return an int, not {type(got).__name__}", got=got)


# --- token_pieces --------------------------------------------------------------------------------

@check(points=2, section="bpe-encode-decode")
@given(text=texts())
@example(text="")
@example(text="strawberry")
@example(text="我很好")
def token_pieces_gives_the_bytes_of_each_id(learner, reference, text):
    """token_pieces(ids, vocab) lists vocab[id] for each id, in order (repeats included)"""
    ids = greedy_encode(text, TABLE)
    assert_equal(learner.token_pieces(ids, TABLE), reference.token_pieces(ids, TABLE), f"token_pieces({ids}, vocab)")


@check(points=1, section="bpe-encode-decode",
       hint="Check `id in vocab` yourself and raise ValueError; vocab[id] alone raises KeyError.")
@given(ids=st.lists(st.sampled_from([302, 1618, 19772]), max_size=4), unknown=st.integers(-3, 300), at=st.integers(0, 4))
@example(ids=[302], unknown=0, at=1)
@example(ids=[], unknown=-1, at=0)
def token_pieces_rejects_an_unknown_id(learner, reference, ids, unknown, at):
    """token_pieces raises ValueError for an id that is not in the vocabulary"""
    ids = ids[:at] + [unknown] + ids[at:]
    with raises(ValueError, f"token_pieces({ids}, vocab) where vocab has only the ids 302, 1618, 19772"):
        learner.token_pieces(ids, {302: b"st", 1618: b"raw", 19772: b"berry"})


# --- count_letter ----------------------------------------------------------------------------------

@check(points=1, section="tokenization-quirks")
def count_letter_counts_the_rs_in_strawberry(learner, reference):
    """count_letter finds the 3 r's in strawberry, as st + raw + berry and as the single token " strawberry\""""
    for ids in ([302, 1618, 19772], [101830], [428, 428]):
        expected = b"".join(STRAWBERRY[i] for i in ids).decode().count("r")
        got = learner.count_letter(ids, STRAWBERRY, "r")
        _require_int(got, f'count_letter({ids}, vocab, "r")')
        assert_equal(got, expected, f'count_letter({ids}, vocab, "r")')


@check(points=3, section="tokenization-quirks",
       hint="Put the text back together from the vocabulary's bytes, then count the letter in it.")
@given(case=texts().flatmap(lambda text: st.tuples(st.just(text), letters_for(text))))
@example(case=("strawberry", "r"))
@example(case=("", "r"))
@example(case=("今天天气很好", "天"))
def count_letter_matches_the_count_in_the_text(learner, reference, case):
    """count_letter(ids, vocab, letter) equals text.count(letter) when the ids encode text"""
    text, letter = case
    ids = greedy_encode(text, TABLE)
    got = learner.count_letter(ids, TABLE, letter)
    _require_int(got, f"count_letter(ids, vocab, {letter!r})")
    assert_equal(got, text.count(letter), f"count_letter({ids}, vocab, {letter!r}) for the text {text!r}")


@check(points=2, section="bpe-encode-decode",
       hint="Join the bytes of all the tokens first, then decode once: a character can span two tokens.")
@given(case=cut_texts())
@example(case=("我我", [1, 2, 3], {1: b"\xe6\x88", 2: b"\x91\xe6", 3: b"\x88\x91"}, "我"))
def count_letter_does_not_depend_on_where_the_tokens_split(learner, reference, case):
    """the count is the same however the text's bytes are cut into tokens, even inside a character"""
    text, ids, vocab, letter = case
    got = learner.count_letter(ids, vocab, letter)
    _require_int(got, f"count_letter(ids, vocab, {letter!r})")
    pieces = [vocab[i] for i in ids]
    assert_equal(got, text.count(letter),
                 f"count_letter(ids, vocab, {letter!r}) for {text!r} cut into the tokens {pieces}")


@check(points=2, section="chinese",
       hint="Decoding each token on its own turns the halves of 我 into '�'; join all the bytes, then decode.")
@given(letter=st.sampled_from(["我", "很", "é", "😀"]), repeat=st.integers(1, 3))
@example(letter="我", repeat=1)
def count_letter_finds_a_character_split_across_tokens(learner, reference, letter, repeat):
    """a multi-byte letter is counted even when its bytes are split across two tokens"""
    whole = letter.encode("utf-8")
    vocab = {10: whole[:1], 11: whole[1:], 12: b"r", 13: whole[:-1], 14: whole[-1:]}
    ids = ([10, 11, 12] + [13, 14]) * repeat
    text = b"".join(vocab[i] for i in ids).decode("utf-8")
    assert_equal(learner.count_letter(ids, vocab, letter), text.count(letter),
                 f"count_letter({ids}, vocab, {letter!r}) with vocab = {vocab}")


@check(points=1, section="bpe-encode-decode",
       hint='Decode with errors="replace", as bpe\'s decode does: invalid bytes become U+FFFD, never an exception.')
@given(ids=st.lists(st.sampled_from(sorted(TABLE)), max_size=8), letter=st.sampled_from(ALPHABET + "\ufffd"))
@example(ids=[230, 136, 114], letter="\ufffd")  # 我 cut short, then "r"
@example(ids=[230, 136, 114], letter="r")
@example(ids=[255, 256 + len(EXTRA_PIECES) - 1], letter="\ufffd")
def count_letter_treats_invalid_bytes_like_decode(learner, reference, ids, letter):
    """bytes that are not valid UTF-8 are read as U+FFFD "�" (errors="replace"); the other letters still count"""
    assert_equal(learner.count_letter(ids, TABLE, letter), reference.count_letter(ids, TABLE, letter),
                 f"count_letter({ids}, vocab, {letter!r}) (the bytes are {b''.join(TABLE[i] for i in ids)!r})")


# --- tokens_containing ---------------------------------------------------------------------------

@check(points=3, section="tokenization-quirks",
       hint="Decode each token's bytes on its own, strictly; skip it if that fails; keep it if the letter is in the text.")
@given(vocab=small_vocabs(), letter=st.sampled_from(ALPHABET + "\ufffd"))
@example(vocab=STRAWBERRY, letter="r")
@example(vocab=TABLE, letter="我")
@example(vocab={}, letter="r")
@example(vocab={0: b"r", 1: b"\xffr"}, letter="r")  # b"\xffr" holds the letter's byte but is not UTF-8 alone
def tokens_containing_matches_the_reference(learner, reference, vocab, letter):
    """tokens_containing lists, in increasing order, the ids whose own text contains the letter"""
    assert_equal(learner.tokens_containing(vocab, letter), reference.tokens_containing(vocab, letter),
                 f"tokens_containing(vocab, {letter!r}) with vocab = {vocab}")


@check(points=2, section="chinese",
       hint="A token with only some of a character's bytes is not valid UTF-8 alone: decode strictly and skip it.")
@given(letter=st.sampled_from(["我", "é", "😀", "r"]), start=st.integers(0, 50))
@example(letter="我", start=0)
def tokens_that_are_not_utf8_alone_never_count(learner, reference, letter, start):
    """a token that is not valid UTF-8 on its own never counts, even if it holds the letter's bytes"""
    whole = letter.encode("utf-8")
    vocab = {start: whole, start + 1: b"\xff" + whole, start + 2: whole + b"\xe6\x88", start + 3: b"x" + whole,
             start + 4: b"\x80"}
    if len(whole) > 1:
        vocab[start + 5] = whole[:-1]
        vocab[start + 6] = whole[1:]
    assert_equal(learner.tokens_containing(vocab, letter), [start, start + 3],
                 f"tokens_containing(vocab, {letter!r}) with vocab = {vocab}")


@check(points=1, section="tokenization-quirks",
       hint="Collect the ids, then return sorted(...): a dict's order is not the order of its ids.")
@given(vocab=small_vocabs(), letter=st.sampled_from(ALPHABET))
@example(vocab={9: b"r", 2: b"rr", 5: b"x"}, letter="r")
def tokens_containing_is_sorted_without_repeats(learner, reference, vocab, letter):
    """tokens_containing returns each matching id once, in increasing order, whatever the dict's order"""
    got = learner.tokens_containing(vocab, letter)
    if not isinstance(got, list):
        fail(f"tokens_containing(vocab, {letter!r}) should return a list, not {type(got).__name__}", got=got)
    assert_true(got == sorted(set(got)), f"tokens_containing(vocab, {letter!r}) returned {got}, which is not "
                                         "in increasing order without repeats")
    assert_equal(sorted(got), reference.tokens_containing(vocab, letter), f"the ids of tokens_containing(vocab, {letter!r})")


@check(points=1, section="tokenization-quirks",
       hint="Check len(letter) == 1 first; str.count would happily count '' or 'rr'.")
@given(letter=st.one_of(st.just(""), st.text(ALPHABET, min_size=2, max_size=3)))
@example(letter="")
@example(letter="rr")
def a_letter_must_be_one_character(learner, reference, letter):
    """count_letter and tokens_containing raise ValueError when letter is not exactly one character"""
    with raises(ValueError, f"count_letter([302, 1618, 19772], vocab, {letter!r})"):
        learner.count_letter([302, 1618, 19772], STRAWBERRY, letter)
    with raises(ValueError, f"tokens_containing(vocab, {letter!r})"):
        learner.tokens_containing(STRAWBERRY, letter)

"""Hidden checks for exercises/tokenization/bpe.py: byte-level BPE pair counts, merge, train, encode, decode.

Everything here is exact: ids, counts, merges and text are compared with ==, never with a tolerance.
Order counts where the docstrings say it does: pair_counts lists pairs in order of first occurrence,
and train returns its merges in the order learned.

The encode and decode checks take their merges from the reference `train`, so a mistake in the
learner's `train` does not spill over into them. Inputs are small (lists of up to ~30 ids, texts of up
to ~40 characters) over small alphabets, so that pairs repeat, overlap and tie.
"""

import numpy as np
from hypothesis import example, given, settings, strategies as st

from grader.checks import assert_equal, assert_true, check, fail, raises

CHAPTER_MERGES = {(97, 97): 256, (256, 97): 257, (257, 98): 258}
"""The chapter's example: aaabdaaabac -> Z = aa, Y = Za, X = Yb -> XdXac."""

LETTER = {256: "Z", 257: "Y", 258: "X"}


# --- inputs ------------------------------------------------------------------------------------

def id_lists(max_size: int = 24) -> st.SearchStrategy[list[int]]:
    """Lists of ids drawn from 0..4: few values, so pairs repeat and overlap ([1, 1, 1])."""
    return st.lists(st.integers(0, 4), max_size=max_size)


ALPHABETS = ("ab", "abc ", "aab", "我是猫", "😀🙂a", "éü e")


def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """Text over a small alphabet (ASCII, Chinese, emoji, accents), or any text at all."""
    small = st.sampled_from(ALPHABETS).flatmap(lambda a: st.text(alphabet=a, min_size=4, max_size=max_size))
    return st.one_of(small, small, st.text(max_size=max_size // 2))  # two thirds small: pairs repeat


def vocab_sizes() -> st.SearchStrategy[int]:
    """257..296: room for 1 to 40 merges (256, no merges at all, is pinned by @example where it matters)."""
    return st.integers(257, 296)


@st.composite
def merges_and_text(draw) -> tuple[str, int, str]:
    """(corpus, vocab_size, text): train on the corpus, then encode a text that shares its alphabet
    (so the merges apply) or any text at all (Chinese, emoji, characters the corpus never had)."""
    alphabet = draw(st.sampled_from(ALPHABETS))
    corpus = draw(st.text(alphabet=alphabet, min_size=4, max_size=40))
    text = draw(st.one_of(st.text(alphabet=alphabet, max_size=30), st.text(max_size=20)))
    return corpus, draw(vocab_sizes()), text


# --- helpers -----------------------------------------------------------------------------------

def _is_int(value) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def _require_pair_dict(got, what: str) -> None:
    """`got` must be a dict {(int, int): int}; say so plainly if it is not."""
    if not isinstance(got, dict):
        fail(f"{what} should return a dict, not a {type(got).__name__}", got=got)
    for key, value in got.items():
        if not (isinstance(key, tuple) and len(key) == 2 and all(_is_int(k) for k in key)):
            fail(f"{what} has the key {key!r}; every key should be a pair of ints (a, b)", got=got)
        if not _is_int(value):
            fail(f"{what} has the value {value!r} for {key!r}; every value should be an int", got=got)


def _require_id_list(got, what: str) -> None:
    if not isinstance(got, list) or not all(_is_int(t) for t in got):
        fail(f"{what} should return a list of ints, not {type(got).__name__}", got=got)


def _compare_merges(got, expected, what: str, letters: dict[int, str] | None = None) -> None:
    """The same pairs with the same new ids in the same order; the message points at the first difference.

    `letters` names new ids in the message, as the chapter does (256 is Z).
    """
    _require_pair_dict(got, what)
    name = (lambda i: f"{i} ({letters[i]})" if i in letters else str(i)) if letters else str
    got_items, expected_items = list(got.items()), list(expected.items())
    for rank, (g, e) in enumerate(zip(got_items, expected_items)):
        if g != e:
            fail(f"{what}: merge number {rank + 1} is {g[0]} -> {name(g[1])}; expected {e[0]} -> "
                 f"{name(e[1])}", expected, got)
    if len(got_items) != len(expected_items):
        fail(f"{what} learned {len(got_items)} merges; expected {len(expected_items)}", expected, got)


def _non_overlapping(ids: list[int], pair: tuple[int, int]) -> int:
    count, i = 0, 0
    while i < len(ids) - 1:
        if (ids[i], ids[i + 1]) == pair:
            count, i = count + 1, i + 2
        else:
            i += 1
    return count


# --- pair counts -------------------------------------------------------------------------------

@check(points=2, section="bpe-pair-counts",
       hint="Every id except the last starts one pair with its right neighbour: zip(ids, ids[1:]).")
@given(ids=id_lists())
@example(ids=[])
@example(ids=[7])
@example(ids=[1, 1, 1])
@example(ids=[1, 2, 3, 1, 2])
def pair_counts_counts_every_adjacent_pair(learner, reference, ids):
    """pair_counts counts every adjacent pair, overlapping ones too ([1, 1, 1] holds (1, 1) twice)"""
    got = learner.pair_counts(ids)
    _require_pair_dict(got, "pair_counts(ids)")
    expected = reference.pair_counts(ids)
    total = sum(int(v) for v in got.values())
    if total != max(len(ids) - 1, 0):
        fail(f"the counts add up to {total}, but a list of {len(ids)} ids has {max(len(ids) - 1, 0)} "
             "adjacent pairs", expected, got)
    for pair in list(expected) + [p for p in got if p not in expected]:
        if got.get(pair, 0) != expected.get(pair, 0):
            fail(f"pair {pair} is counted {got.get(pair, 0)} times; it occurs {expected.get(pair, 0)} "
                 "times", expected, got)


@check(points=1, section="bpe-pair-counts",
       hint="A dict remembers the order in which keys were first inserted; do not sort it.")
@given(ids=id_lists())
@example(ids=[3, 1, 2, 3, 1, 0, 0])
def pair_counts_lists_pairs_in_order_of_first_occurrence(learner, reference, ids):
    """pair_counts lists the pairs in the order they first occur (train's tie-breaking relies on it)"""
    got = learner.pair_counts(ids)
    _require_pair_dict(got, "pair_counts(ids)")
    expected = reference.pair_counts(ids)
    assert_equal(sorted(got.items()), sorted(expected.items()), "pair_counts(ids), ignoring order")
    assert_equal(list(got), list(expected), "the order of the pairs in pair_counts(ids)")


# --- merge -------------------------------------------------------------------------------------

@check(points=2, section="bpe-merge",
       hint="After replacing ids[i], ids[i + 1], continue at ids[i + 2]: an id is never part of two merges.")
@given(ids=id_lists(), pair=st.tuples(st.integers(0, 4), st.integers(0, 4)), new_id=st.integers(256, 300))
@example(ids=[1, 1, 1], pair=(1, 1), new_id=256)
@example(ids=[1, 2, 3, 1, 2], pair=(1, 2), new_id=4)
@example(ids=[1, 1, 1, 1], pair=(1, 1), new_id=256)
@example(ids=[], pair=(1, 2), new_id=256)
@example(ids=[2, 1], pair=(1, 2), new_id=256)
def merge_replaces_the_pair_left_to_right_without_overlap(learner, reference, ids, pair, new_id):
    """merge replaces the pair from left to right without overlap: (1, 1) in [1, 1, 1] gives [new, 1]"""
    got = learner.merge(ids, pair, new_id)
    _require_id_list(got, "merge(ids, pair, new_id)")
    assert_equal(got, reference.merge(ids, pair, new_id), "merge(ids, pair, new_id)")


@check(points=1, section="bpe-merge",
       hint="Build a new list (out = [] ... out.append) instead of changing ids with pop or del.")
@given(ids=id_lists(), pair=st.tuples(st.integers(0, 4), st.integers(0, 4)))
@example(ids=[1, 1, 1], pair=(1, 1))
@example(ids=[0, 1, 0, 1, 1], pair=(0, 1))
def merge_returns_a_shorter_list_that_expands_back_to_the_input(learner, reference, ids, pair):
    """merge returns a new list, one id shorter per occurrence, that expands back into the unchanged ids"""
    new_id = 256  # larger than any id in `ids`, so every 256 in the result is a merged pair
    got, args, _ = learner.call_and_inputs("merge", list(ids), pair, new_id)
    assert_equal(args[0], ids, "the ids list after your call (merge must not change it)")
    _require_id_list(got, "merge(ids, pair, 256)")
    k = _non_overlapping(ids, pair)
    assert_true(len(got) == len(ids) - k,
                f"merge(ids, {pair}, 256) has {len(got)} ids; the pair occurs {k} times without "
                f"overlap in the {len(ids)} ids, so it should have {len(ids) - k}")
    expanded = [x for t in got for x in (pair if t == new_id else (t,))]
    if expanded != ids:
        fail(f"replacing each 256 in merge(ids, {pair}, 256) by {pair} should give back ids", ids, expanded)


# --- training ----------------------------------------------------------------------------------

@check(points=2, section="bpe-training",
       hint="Recount the pairs after every merge: Za only exists once aa has become Z.")
def train_learns_the_chapter_example(learner, reference):
    """train("aaabdaaabac", 259) learns Z = aa, Y = Za, X = Yb, and stops there even when allowed more"""
    _compare_merges(learner.train("aaabdaaabac", 259), CHAPTER_MERGES, 'train("aaabdaaabac", 259)', LETTER)
    _compare_merges(learner.train("aaabdaaabac", 1000), CHAPTER_MERGES,
                    'train("aaabdaaabac", 1000) (XdXac has no pair left that occurs twice)', LETTER)


@check(points=3, section="bpe-training")
@given(text=texts(), vocab_size=vocab_sizes())
@example(text="", vocab_size=300)
@example(text="a", vocab_size=256)
@example(text="ab" * 10, vocab_size=258)
@example(text="我我我", vocab_size=300)
@example(text="bcbcbcabab", vocab_size=300)
def train_matches_the_reference(learner, reference, text, vocab_size):
    """train learns the same merges as the reference, in the same order"""
    _compare_merges(learner.train(text, vocab_size), reference.train(text, vocab_size),
                    "train(text, vocab_size)")


@check(points=2, section="bpe-training",
       hint="max(counts, key=counts.get) keeps the first of equal counts; counts must be in order "
            "of first occurrence.")
@given(text=st.text(alphabet="abcd", min_size=2, max_size=14))
@example(text="abcabc")
@example(text="cdcdabab")
@example(text="aaabdaaabac")
def train_breaks_ties_by_first_occurrence(learner, reference, text):
    """train merges the most frequent pair; of pairs tied for most frequent, the one that occurs first"""
    merges = learner.train(text, 256 + 8)
    _require_pair_dict(merges, "train(text, 264)")
    ids = list(text.encode("utf-8"))
    for rank, (pair, new_id) in enumerate(merges.items()):
        counts = reference.pair_counts(ids)
        best = max(counts.values(), default=0)
        if best < 2:
            return  # where training should stop is train_matches_the_reference's business
        first = next(p for p, c in counts.items() if c == best)
        if pair != first:
            tied = [p for p, c in counts.items() if c == best]
            if pair in tied:
                fail(f"merge number {rank + 1}: the pairs {tied} each occur {best} times in {ids}; "
                     f"{first} occurs first, so it should be merged, not {pair}", first, pair)
            fail(f"merge number {rank + 1} is {pair}, which occurs {counts.get(pair, 0)} times in {ids}; "
                 f"{first} occurs {best} times", first, pair)
        ids = reference.merge(ids, pair, new_id)


@check(points=1, section="bpe-training")
@given(text=texts(), vocab_size=vocab_sizes())
@example(text="ab" * 10, vocab_size=257)
@example(text="aaaa", vocab_size=256)
def train_numbers_its_merges_from_256_up_to_vocab_size(learner, reference, text, vocab_size):
    """train numbers its merges 256, 257, ..., learns at most vocab_size - 256, the same ones every run"""
    merges = learner.train(text, vocab_size)
    _require_pair_dict(merges, "train(text, vocab_size)")
    new_ids = list(merges.values())
    assert_equal(new_ids, list(range(256, 256 + len(new_ids))), "the new ids of train(text, vocab_size)")
    room = vocab_size - 256
    assert_true(len(merges) <= room,
                f"train(text, {vocab_size}) learned {len(merges)} merges; a vocabulary of {vocab_size} "
                f"ids holds the 256 bytes and room for {room} merge{'s' if room != 1 else ''} only")
    again = learner.train(text, vocab_size)
    assert_true(again == merges and list(again) == list(merges),
                "train gave different merges when called twice with the same text and vocab_size")


@check(points=1, section="bpe-training")
@given(vocab_size=st.integers(-10, 255))
@example(vocab_size=255)
@example(vocab_size=0)
def train_rejects_a_vocab_size_below_256(learner, reference, vocab_size):
    """train raises ValueError when vocab_size < 256 (the 256 byte ids must fit)"""
    with raises(ValueError, f'train("aaabdaaabac", {vocab_size})'):
        learner.train("aaabdaaabac", vocab_size)


@check(points=1, section="bpe-training",
       hint="Go through the merges in order and build each new id's bytes from its two parts' bytes.")
@settings(max_examples=30)
@given(text=texts(), vocab_size=vocab_sizes())
@example(text="aaabdaaabac", vocab_size=259)
@example(text="", vocab_size=256)
def vocab_joins_the_bytes_of_each_pair(learner, reference, text, vocab_size):
    """vocab maps each byte id to its byte, and each merge (a, b) -> new to vocab[a] + vocab[b]"""
    merges = reference.train(text, vocab_size)
    got, expected = learner.vocab(merges), reference.vocab(merges)
    if not isinstance(got, dict):
        fail(f"vocab(merges) should return a dict, not a {type(got).__name__}")
    for token, value in expected.items():
        if token not in got:
            fail(f"vocab(merges) has no entry for id {token}", value)
        if got[token] != value:
            how = f" (the merge {next(p for p, i in merges.items() if i == token)})" if token > 255 else ""
            fail(f"vocab(merges)[{token}]{how} is not right", value, got[token])
    extra = sorted(set(got) - set(expected), key=repr)
    assert_true(not extra, f"vocab(merges) has entries for ids that are not in the vocabulary: {extra[:5]}")


# --- encode and decode -------------------------------------------------------------------------

@check(points=3, section="bpe-encode-decode",
       hint="Apply merges by rank (earliest learned first), not by how often the pair occurs in the text.")
@given(case=merges_and_text())
@example(case=("aaabdaaabac", 259, "aaabdaaabac"))
@example(case=("bcbcbcabab", 300, "abcab"))  # bc is learned before ab, though ab is more frequent here
@example(case=("aaabdaaabac", 259, ""))
@example(case=("aaabdaaabac", 259, "a"))
def encode_matches_the_reference(learner, reference, case):
    """encode gives the same ids as the reference (aaabdaaabac becomes XdXac, [258, 100, 258, 97, 99])"""
    corpus, vocab_size, text = case
    merges = reference.train(corpus, vocab_size)
    got = learner.encode(text, merges)
    _require_id_list(got, "encode(text, merges)")
    assert_equal(got, reference.encode(text, merges), f"encode({text!r}, merges)")


@check(points=2, section="bpe-encode-decode",
       hint="Join the bytes of all the ids first, then decode once: one character can span several tokens.")
@given(case=merges_and_text())
@example(case=("我我我", 300, "我是我"))
@example(case=("😀😀🙂😀", 300, "😀🙂😀a"))
@example(case=("aaabdaaabac", 259, ""))
def decode_inverts_encode_on_any_text(learner, reference, case):
    """decode(encode(text)) gives back any text, Chinese and emoji too; encode gives no more ids than bytes"""
    corpus, vocab_size, text = case
    merges = reference.train(corpus, vocab_size)
    ids = learner.encode(text, merges)
    _require_id_list(ids, "encode(text, merges)")
    size = len(text.encode("utf-8"))
    assert_true(len(ids) <= size, f"encode({text!r}, merges) gave {len(ids)} ids for {size} bytes; "
                                  "merging never makes a text longer")
    assert_equal(learner.decode(ids, merges), text, "decode(encode(text, merges), merges)")


@st.composite
def merges_and_ids(draw):
    """Merges trained on a small corpus, and any list of ids from that vocabulary."""
    corpus = draw(st.sampled_from(["我我我是是猫", "😀😀🙂😀🙂", "aaabdaaabac", "éééüü", ""]))
    vocab_size = draw(st.integers(256, 270))
    ids = draw(st.lists(st.integers(0, 255 + 14), max_size=10))
    return corpus, vocab_size, ids


@check(points=2, section="bpe-encode-decode",
       hint="Invalid bytes must become U+FFFD, never an exception: see the errors= argument of bytes.decode.")
@given(case=merges_and_ids())
@example(case=("", 256, [230, 136]))
@example(case=("", 256, [255]))
@example(case=("", 256, [97, 128, 98]))
@example(case=("我我我", 300, [256]))
@example(case=("我我我", 300, [256, 145]))
@example(case=("", 256, []))
def decode_replaces_invalid_utf8(learner, reference, case):
    """decode turns bytes that are not valid UTF-8 into U+FFFD '�' instead of raising"""
    corpus, vocab_size, ids = case
    merges = reference.train(corpus, vocab_size)
    ids = [i for i in ids if i < 256 + len(merges)]  # only ids from the vocabulary
    assert_equal(learner.decode(ids, merges), reference.decode(ids, merges), f"decode({ids}, merges)")


@check(points=1, section="bpe-encode-decode",
       hint="Check each id and raise ValueError yourself: looking up a missing dict key raises KeyError.")
@given(corpus=texts(), vocab_size=vocab_sizes(), unknown=st.integers(-3, 3), at=st.integers(0, 3))
@example(corpus="aaabdaaabac", vocab_size=259, unknown=0, at=0)
@example(corpus="aaabdaaabac", vocab_size=259, unknown=-1, at=0)
def decode_rejects_unknown_ids(learner, reference, corpus, vocab_size, unknown, at):
    """decode raises ValueError for an id outside the vocabulary (negative, or past the last merge)"""
    merges = reference.train(corpus, vocab_size)
    bad = unknown if unknown < 0 else 256 + len(merges) + unknown
    ids = [104, 105]
    ids.insert(min(at, len(ids)), bad)
    what = f"decode({ids}, merges) with {len(merges)} merges (ids 0 to {255 + len(merges)})"
    with raises(ValueError, what):
        learner.decode(ids, merges)

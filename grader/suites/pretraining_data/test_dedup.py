"""Hidden checks for exercises/pretraining_data/dedup.py: normalisation, exact dedup, shingles, Jaccard,
MinHash and near-duplicate removal.

Strings, lists, indices and MinHash signatures are exact (the docstring pins the hashing scheme, so
every correct signature is identical, uint64 for uint64). Similarities are floats compared with
atol 1e-12: they are ratios of small integers, and computing them as count / total or as a mean of
booleans differs by at most one rounding. The statistical check (MinHash estimates Jaccard) uses the
syllabus bound: mean absolute error below 0.05 with 256 hash functions, over 12 pairs; a correct
signature gets about 0.02.

Texts are drawn from a small vocabulary of words so that documents share many shingles.
"""

import numpy as np
from hypothesis import example, given, settings, strategies as st

from grader.checks import assert_close, assert_equal, assert_float, assert_true, check, fail, raises

ATOL = 1e-12
WORDS = ("the", "cat", "sat", "on", "mat", "a", "dog", "ran", "far", "away", "and", "then", "home")
SPACES = (" ", " ", " ", "  ", "\n", "\t ")
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def texts(max_words: int = 12) -> st.SearchStrategy[str]:
    """Words from a small vocabulary, in any case, joined by varied whitespace (possibly at the ends)."""
    word = st.sampled_from(WORDS).flatmap(lambda w: st.sampled_from((w, w.upper(), w.capitalize())))
    return st.lists(st.tuples(word, st.sampled_from(SPACES)), max_size=max_words).flatmap(
        lambda pairs: st.sampled_from(("", " ")).map(lambda lead: lead + "".join(w + s for w, s in pairs)))


def doc_lists(max_size: int = 8) -> st.SearchStrategy[list[str]]:
    """Lists of texts in which some documents repeat, with their case or spacing changed."""
    def with_copies(base: list[str]) -> st.SearchStrategy[list[str]]:
        variant = st.sampled_from(base).flatmap(
            lambda d: st.sampled_from((d, d.upper(), " " + d + "\n", d.replace(" ", "  "))))
        return st.lists(st.one_of(st.sampled_from(base), variant), max_size=max_size)
    return st.lists(texts(6), min_size=1, max_size=4).flatmap(with_copies)


def random_words(rng: np.random.Generator, count: int) -> list[str]:
    return ["".join(rng.choice(list(ALPHABET), size=rng.integers(3, 9))) for _ in range(count)]


def _require_list_of_str(got, what: str) -> None:
    if not isinstance(got, list) or not all(isinstance(d, str) for d in got):
        fail(f"{what} should return a list of str, not {type(got).__name__}", got=got)


# --- normalize and exact_dedup -----------------------------------------------------------------

@check(points=1, section="dedup")
@given(text=st.one_of(texts(), st.text(max_size=20)))
@example(text="  The Cat\n\tSAT  ")
def normalize_lowercases_and_collapses_whitespace(learner, reference, text):
    """normalize lowercases the text and turns every run of whitespace into one space, stripped"""
    assert_equal(learner.normalize(text), reference.normalize(text), f"normalize({text!r})")


@check(points=2, section="dedup", hint="Remember the normalised form of every document kept so far; "
                                       "keep a document only if its form is new, and return the original text.")
@given(docs=doc_lists())
@example(docs=["Hello  world", "b", "hello world", "B", "c"])
@example(docs=[])
def exact_dedup_keeps_the_first_of_each_copy(learner, reference, docs):
    """exact_dedup keeps the first of each group of documents equal after normalize, unchanged, in order"""
    assert_equal(learner.exact_dedup(docs), reference.exact_dedup(docs), f"exact_dedup({docs!r})")


@check(points=1, section="dedup")
@given(docs=doc_lists())
def exact_dedup_output_is_an_ordered_duplicate_free_subset(learner, reference, docs):
    """exact_dedup returns documents of the input in their order, no two alike, and is idempotent"""
    got = learner.exact_dedup(docs)
    _require_list_of_str(got, f"exact_dedup({docs!r})")
    position = 0
    for doc in got:
        try:
            position = docs.index(doc, position) + 1
        except ValueError:
            fail(f"exact_dedup({docs!r}) returned {doc!r}, which is not one of the documents after "
                 f"the ones before it", got=got)
    keys = [reference.normalize(d) for d in got]
    assert_true(len(set(keys)) == len(keys), f"exact_dedup({docs!r}) returned {got!r}: two of them "
                                             "are equal after normalize")
    assert_equal(learner.exact_dedup(got), got, f"exact_dedup(exact_dedup({docs!r}))")


@check(points=1, section="dedup", hint="Build a new list; do not remove items from `docs` while you loop over it.")
@given(docs=doc_lists())
@example(docs=["a", "A", "b"])
def exact_dedup_leaves_its_input_alone(learner, reference, docs):
    """exact_dedup does not modify the list passed in"""
    original = list(docs)
    _, args, _ = learner.call_and_inputs("exact_dedup", docs)
    assert_equal(args[0], original, "the list of documents after your call")


# --- shingles and jaccard ----------------------------------------------------------------------

@check(points=2, section="dedup",
       hint="Normalise first; every window text[i:i + n]; a shorter text is one shingle; an empty text has none.")
@given(text=texts(), n=st.integers(1, 7))
@example(text="The cat", n=5)
@example(text="Hi", n=5)
@example(text="abcde", n=5)
@example(text="   ", n=5)
@example(text="aaaaaaa", n=3)
def shingles_are_the_distinct_sorted_ngrams(learner, reference, text, n):
    """shingles(text, n) lists the distinct character n-grams of the normalised text, sorted"""
    assert_equal(learner.shingles(text, n), reference.shingles(text, n), f"shingles({text!r}, n={n})")


@check(points=1, section="dedup")
@given(n=st.integers(-3, 0))
@example(n=0)
def shingles_reject_n_below_one(learner, reference, n):
    """shingles with n < 1 raises ValueError"""
    with raises(ValueError, f"shingles('some text', n={n})"):
        learner.shingles("some text", n)


@check(points=2, section="dedup", hint="Convert to sets first; define J(empty, empty) = 1.0 as the docstring says.")
@given(a=st.lists(st.sampled_from(WORDS), max_size=6), b=st.lists(st.sampled_from(WORDS), max_size=6))
@example(a=["a", "b", "c"], b=["b", "c", "d"])
@example(a=[], b=[])
@example(a=["a", "a", "b"], b=["a"])
@example(a=["x"], b=[])
def jaccard_is_intersection_over_union(learner, reference, a, b):
    """jaccard(a, b) is |A & B| / |A | B| of the sets, symmetric, and 1.0 for two empty sets"""
    expected = reference.jaccard(a, b)
    assert_float(learner.jaccard(a, b), expected, f"jaccard({a!r}, {b!r})", atol=ATOL)
    assert_float(learner.jaccard(b, a), expected, f"jaccard({b!r}, {a!r})", atol=ATOL)
    assert_float(learner.jaccard(a, a), 1.0, f"jaccard({a!r}, {a!r})", atol=ATOL)


# --- MinHash -----------------------------------------------------------------------------------

@check(points=3, section="dedup",
       hint="crc32 of each shingle; a, then b, from default_rng(seed).integers; min over shingles of "
            "(a*h + b) % MERSENNE_PRIME in uint64; all MERSENNE_PRIME for no shingles.")
@given(text=texts(8), num_perm=st.integers(1, 16), n=st.integers(1, 6), seed=st.integers(0, 2**32 - 1))
@example(text="the cat sat on the mat", num_perm=4, n=5, seed=0)
@example(text="", num_perm=2, n=5, seed=0)
@example(text="Hi", num_perm=3, n=5, seed=7)
def minhash_signature_follows_the_scheme(learner, reference, text, num_perm, n, seed):
    """minhash_signature returns exactly the scheme's uint64 signature of shape (num_perm,)"""
    got = learner.minhash_signature(text, num_perm=num_perm, n=n, seed=seed)
    expected = reference.minhash_signature(text, num_perm=num_perm, n=n, seed=seed)
    assert_close(got, expected, f"minhash_signature({text!r}, num_perm={num_perm}, n={n}, seed={seed})",
                 atol=0, dtype_kind="u")


@check(points=1, section="dedup")
@given(text=texts(8))
@example(text="Hello World")
def texts_equal_after_normalising_share_a_signature(learner, reference, text):
    """texts that differ only in case and spacing get identical signatures"""
    variant = "  " + text.upper().replace(" ", " \n ") + "\t"
    first = learner.minhash_signature(text, num_perm=16)
    second = learner.minhash_signature(variant, num_perm=16)
    assert_close(second, first, f"minhash_signature({variant!r}) against minhash_signature({text!r})",
                 atol=0, dtype_kind="u")


@check(points=1, section="dedup")
@given(pair=st.integers(1, 12).flatmap(lambda size: st.tuples(*[
    st.lists(st.integers(0, 3), min_size=size, max_size=size).map(lambda v: np.array(v, np.uint64))] * 2)))
@example(pair=(np.array([1, 2, 3, 4], np.uint64), np.array([1, 2, 0, 0], np.uint64)))
def estimate_jaccard_is_the_agreement_rate(learner, reference, pair):
    """estimate_jaccard is the fraction of equal entries, and raises ValueError for different shapes"""
    sig_a, sig_b = pair
    size = len(sig_a)
    assert_float(learner.estimate_jaccard(sig_a, sig_b), reference.estimate_jaccard(sig_a, sig_b),
                 f"estimate_jaccard({sig_a.tolist()}, {sig_b.tolist()})", atol=ATOL)
    with raises(ValueError, f"estimate_jaccard of shapes ({size},) and ({size + 1},)"):
        learner.estimate_jaccard(sig_a, np.zeros(size + 1, np.uint64))


@check(points=2, section="dedup")
@settings(max_examples=2)
@given(seed=st.integers(0, 2**16))
def minhash_estimates_the_jaccard_similarity(learner, reference, seed):
    """with 256 hash functions the estimate is within 0.05 of the true Jaccard similarity on average"""
    rng = np.random.default_rng(seed)
    errors = []
    for _ in range(12):
        words = random_words(rng, 30)
        keep = rng.random(30) < rng.uniform(0.3, 1.0)
        first, second = " ".join(words), " ".join(w if k else "zz" + w for w, k in zip(words, keep))
        true = reference.jaccard(reference.shingles(first), reference.shingles(second))
        estimate = learner.estimate_jaccard(learner.minhash_signature(first, num_perm=256),
                                            learner.minhash_signature(second, num_perm=256))
        errors.append(abs(float(estimate) - true))
    assert_true(float(np.mean(errors)) < 0.05,
                f"the MinHash estimates are off by {np.mean(errors):.3f} on average; expected below 0.05")


# --- near_dedup --------------------------------------------------------------------------------

CHAIN = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet",
         "delta echo foxtrot golf hotel india juliet kilo lima mike",
         "golf hotel india juliet kilo lima mike november oscar papa")
"""Estimated similarities (128 hash functions): first-second 0.5, second-third 0.47, first-third 0.18."""


@check(points=2, section="dedup")
@given(docs=doc_lists(6), threshold=st.sampled_from((0.3, 0.5, 0.8, 1.0)), num_perm=st.integers(8, 64))
@example(docs=list(CHAIN), threshold=0.4, num_perm=128)
@example(docs=[], threshold=0.8, num_perm=128)
def near_dedup_matches_the_reference(learner, reference, docs, threshold, num_perm):
    """near_dedup keeps the same indices as the reference on lists with near and exact copies"""
    assert_equal(learner.near_dedup(docs, threshold=threshold, num_perm=num_perm),
                 reference.near_dedup(docs, threshold=threshold, num_perm=num_perm),
                 f"near_dedup({docs!r}, threshold={threshold}, num_perm={num_perm})")


@check(points=2, section="dedup")
@settings(max_examples=4)
@given(seed=st.integers(0, 2**16))
def near_dedup_keeps_the_first_of_near_copies_and_all_unrelated(learner, reference, seed):
    """a 200-word document and a one-word edit of it keep only the first; unrelated documents all stay"""
    rng = np.random.default_rng(seed)
    words = random_words(rng, 200)
    edited = list(words)
    edited[int(rng.integers(200))] = "changed"
    docs = [" ".join(random_words(rng, 40)), " ".join(words), " ".join(random_words(rng, 40)), " ".join(edited)]
    assert_equal(learner.near_dedup(docs), [0, 1, 2], "near_dedup(docs) where docs[3] is docs[1] with one word "
                                                      "changed and the others are unrelated")


@check(points=1, section="dedup",
       hint="Compare each document only with the documents you kept, and drop it when the estimate is >= threshold.")
@given(case=st.sampled_from(((list(CHAIN), 0.4, [0, 2]), (["same text", "Same  text"], 1.0, [0]))))
@example(case=(list(CHAIN), 0.4, [0, 2]))
@example(case=(["same text", "Same  text"], 1.0, [0]))
def near_dedup_compares_with_kept_documents_only(learner, reference, case):
    """a document is dropped when its estimate with a kept document is >= threshold; dropped ones drop nothing"""
    docs, threshold, expected = case
    assert_equal(learner.near_dedup(docs, threshold=threshold), expected,
                 f"near_dedup({docs!r}, threshold={threshold})")

"""Hidden checks for exercises/tools_and_agents/rag.py: chunking, cosine top-k, the RAG prompt.

Chunks and prompts are strings and top-k answers are lists of indices, so every comparison is exact:
no tolerance. Cosine ranks would depend on rounding where two different vectors have (nearly) the
same cosine, so the generated documents are filtered: distinct rows must differ in cosine by more
than 1e-9, far above the 1e-16 that separates correct ways of computing it. Exact ties come only
from identical rows, which every correct implementation scores identically.
"""

import numpy as np
from hypothesis import assume, example, given, strategies as st

from grader.checks import assert_equal, assert_true, check, raises

HEADER = "Answer using only the sources below, and cite them as [n].\n\n"
GAP = 1e-9

texts = st.one_of(st.text(max_size=30), st.text("ab \n", max_size=30),
                  st.sampled_from(["", "a", "hello world", "x" * 17, "你好，世界 😀 done"]))


@st.composite
def chunk_params(draw):
    chunk_size = draw(st.integers(1, 8))
    return chunk_size, draw(st.integers(0, chunk_size - 1))


def _cosines(query, docs):
    return (docs / np.linalg.norm(docs, axis=1, keepdims=True)) @ (query / np.linalg.norm(query))


def _well_separated(query, docs) -> bool:
    """Nonzero vectors whose distinct rows are more than GAP apart in cosine."""
    if np.linalg.norm(query) == 0 or np.any(np.linalg.norm(docs, axis=1) == 0):
        return False
    values = np.sort(_cosines(query, np.unique(docs, axis=0)))
    return bool(np.all(np.diff(values) > GAP))


small_ints = st.integers(-9, 9).map(float)


@st.composite
def retrieval_problems(draw, with_duplicates=False):
    """(query, docs): nonzero integer vectors (entries -9..9) of dimension 2..4.

    The rows are distinct, or with_duplicates repeats some of them exactly. Distinct rows differ in
    cosine by more than GAP, so only identical rows can tie.
    """
    d = draw(st.integers(2, 4))
    vectors = st.lists(small_ints, min_size=d, max_size=d).filter(any)  # no zero vectors
    query = np.array(draw(vectors))
    rows = draw(st.lists(vectors, min_size=1, max_size=5, unique_by=tuple))
    docs = np.array(rows).reshape(len(rows), d)
    if with_duplicates:
        picks = draw(st.lists(st.integers(0, len(rows) - 1), min_size=2, max_size=7))
        docs = docs[picks]
    assume(_well_separated(query, docs))
    return query, docs


BREAD_DOCS = np.array([[0.9, 0.1, 0.0], [0.1, 0.95, 0.05], [0.0, 0.1, 0.95], [0.8, 0.0, 0.2]])
BREAD_QUERY = np.array([0.8, 0.0, 0.15])


@check(points=2, section="rag",
       hint="Start chunks at 0, step, 2*step... with step = chunk_size - overlap; stop after the chunk that reaches the end.")
@given(text=texts, params=chunk_params())
@example(text="x" * 1000, params=(300, 50))
@example(text="abcdefghij", params=(4, 1))
@example(text="abcdefgh", params=(4, 1))
@example(text="ab", params=(5, 3))
@example(text="abcde", params=(5, 2))
@example(text="", params=(3, 1))
def chunks_match_the_reference(learner, reference, text, params):
    """chunk_text cuts windows of chunk_size starting every chunk_size - overlap characters, up to the end"""
    chunk_size, overlap = params
    assert_equal(learner.chunk_text(text, chunk_size, overlap), reference.chunk_text(text, chunk_size, overlap),
                 f"chunk_text({text!r}, {chunk_size}, {overlap})")


@check(points=2, section="rag")
@given(text=texts, params=chunk_params())
@example(text="hello world", params=(4, 2))
@example(text="ab", params=(5, 3))
def stitching_the_chunks_gives_the_text_back(learner, reference, text, params):
    """no chunk is longer than chunk_size, and the chunks with their overlaps removed spell the text"""
    chunk_size, overlap = params
    chunks = learner.chunk_text(text, chunk_size, overlap)
    call = f"chunk_text({text!r}, {chunk_size}, {overlap})"
    assert_true(isinstance(chunks, list) and all(isinstance(c, str) for c in chunks),
                f"{call} should return a list of strings, not {chunks!r}")
    assert_true(all(len(c) <= chunk_size for c in chunks), f"{call} returned a chunk longer than {chunk_size}: {chunks!r}")
    stitched = "".join(chunks[:1] + [c[overlap:] for c in chunks[1:]])
    assert_true(stitched == text, f"{call} returned {chunks!r}; without the overlaps they spell {stitched!r}")


@check(points=1, section="rag",
       hint="Stop as soon as a chunk reaches the end of the text; looping `start` up to len(text) adds a tail that repeats the overlap.")
@given(text=texts, params=chunk_params())
@example(text="abcdefgh", params=(4, 1))
@example(text="x" * 800, params=(300, 50))
def no_chunk_only_repeats_the_overlap(learner, reference, text, params):
    """every chunk after the first adds new text: none is just the end of the previous chunk again"""
    chunk_size, overlap = params
    chunks = learner.chunk_text(text, chunk_size, overlap)
    assert_true(all(len(c) > overlap for c in chunks[1:]),
                f"chunk_text({text!r}, {chunk_size}, {overlap}) returned {chunks!r}: the last chunk only repeats the overlap")


@check(points=1, section="rag")
@given(params=st.sampled_from([(4, 4), (4, 6), (3, -1), (0, 0), (1, 1)]), text=st.sampled_from(["abcdefgh", ""]))
def bad_chunk_sizes_raise_value_error(learner, reference, params, text):
    """chunk_text raises ValueError unless chunk_size >= 1 and 0 <= overlap < chunk_size"""
    chunk_size, overlap = params
    with raises(ValueError, f"chunk_text({text!r}, {chunk_size}, {overlap})"):
        learner.chunk_text(text, chunk_size, overlap)


@check(points=3, section="rag",
       hint="Divide each dot product by both norms: cos = (docs @ q) / (|docs rows| * |q|), then sort decreasing.")
@given(problem=retrieval_problems(), k=st.integers(1, 6))
@example(problem=(BREAD_QUERY, BREAD_DOCS), k=2)
@example(problem=(np.array([1.0, 0.0]), np.array([[10.0, 10.0], [0.5, 0.1], [-3.0, 0.0]])), k=3)
def top_k_matches_the_reference(learner, reference, problem, k):
    """top_k_cosine returns the indices of the k most cosine-similar rows, best first"""
    query, docs = problem
    assert_equal(learner.top_k_cosine(query, docs, k), reference.top_k_cosine(query, docs, k),
                 f"top_k_cosine(query, docs, {k}) with query {query.tolist()} and docs {docs.tolist()}")


@check(points=2, section="rag",
       hint="Sort with np.argsort(-cos, kind='stable'): equal cosines keep their original order.")
@given(problem=retrieval_problems(with_duplicates=True), k=st.integers(1, 7))
@example(problem=(np.array([1.0, 0.0]), np.array([[0.0, 1.0], [2.0, 0.0], [5.0, 0.0]])), k=3)
@example(problem=(np.array([1.0, 1.0]), np.array([[1.0, 2.0], [3.0, 3.0], [1.0, 2.0], [3.0, 3.0]])), k=4)
def ties_go_to_the_lower_index(learner, reference, problem, k):
    """rows with exactly the same cosine are returned lowest index first"""
    query, docs = problem
    assert_equal(learner.top_k_cosine(query, docs, k), reference.top_k_cosine(query, docs, k),
                 f"top_k_cosine(query, docs, {k}) with query {query.tolist()} and docs {docs.tolist()}")


@check(points=1, section="rag")
@given(problem=retrieval_problems(), k=st.integers(1, 5),
       scales=st.lists(st.sampled_from([0.5, 3.0, 7.25, 100.0]), min_size=6, max_size=6),
       query_scale=st.sampled_from([0.1, 1.0, 42.0]))
def scaling_the_vectors_changes_nothing(learner, reference, problem, k, scales, query_scale):
    """multiplying the query or any document by a positive number does not change the ranking"""
    query, docs = problem
    scaled = docs * np.array(scales[:len(docs)])[:, None]
    assert_equal(learner.top_k_cosine(query * query_scale, scaled, k), reference.top_k_cosine(query, docs, k),
                 f"top_k_cosine(query * {query_scale}, docs scaled by {scales[:len(docs)]}, {k}) with "
                 f"query {query.tolist()} and docs {docs.tolist()}")


@check(points=1, section="rag")
@given(k=st.sampled_from([0, 4, 10]))
def k_of_zero_or_beyond_the_documents(learner, reference, k):
    """k = 0 returns [], and k larger than the number of documents returns them all, best first"""
    assert_equal(learner.top_k_cosine(BREAD_QUERY, BREAD_DOCS, k), reference.top_k_cosine(BREAD_QUERY, BREAD_DOCS, k),
                 f"top_k_cosine(bread_query, docs with 4 rows, {k})")


@check(points=1, section="rag")
@given(case=st.sampled_from(["zero query", "zero row", "negative k"]))
def zero_vectors_and_negative_k_raise_value_error(learner, reference, case):
    """a zero query, a zero document row or a negative k raises ValueError"""
    query, docs, k = BREAD_QUERY, BREAD_DOCS, 2
    if case == "zero query":
        query = np.zeros(3)
    elif case == "zero row":
        docs = np.vstack([BREAD_DOCS, np.zeros((1, 3))])
    else:
        k = -1
    with raises(ValueError, f"top_k_cosine with a {case}"):
        learner.top_k_cosine(query, docs, k)


questions = st.one_of(st.text(max_size=15), st.sampled_from(["How hot should the oven be for bread?", ""]))
passage_lists = st.lists(st.one_of(st.text(max_size=25), st.sampled_from(["Bread bakes best hot.", "a\n\nb", ""])),
                         max_size=5)


def _base_length(question: str) -> int:
    return len(HEADER) + len(f"Question: {question}\nAnswer:")


@check(points=3, section="rag",
       hint="Header, then '[n] passage\\n\\n' for each passage that still fits, then 'Question: ...\\nAnswer:'.")
@given(question=questions, passages=passage_lists, room=st.integers(0, 100))
@example(question="How hot?", passages=["Bake at 220 C.", "Revenue grew."], room=200)
@example(question="How hot?", passages=["Bake at 220 C.", "Revenue grew."], room=20)  # [1] fits exactly
@example(question="How hot?", passages=["Bake at 220 C.", "Revenue grew."], room=19)
@example(question="How hot?", passages=[], room=0)
def prompt_matches_the_reference(learner, reference, question, passages, room):
    """build_rag_prompt writes the header, the passages that fit as [1], [2], ..., and the question"""
    max_chars = _base_length(question) + room
    assert_equal(learner.build_rag_prompt(question, passages, max_chars),
                 reference.build_rag_prompt(question, passages, max_chars),
                 f"build_rag_prompt({question!r}, {passages!r}, {max_chars})")


@check(points=2, section="rag")
@given(question=questions, passages=passage_lists, room=st.integers(0, 100))
@example(question="Why?", passages=["Short.", "A much longer second passage."], room=30)  # room for part of [2]
def prompt_fits_and_keeps_whole_passages(learner, reference, question, passages, room):
    """the prompt is at most max_chars long, ends with the question, and holds leading passages whole"""
    max_chars = _base_length(question) + room
    prompt = learner.build_rag_prompt(question, passages, max_chars)
    call = f"build_rag_prompt({question!r}, {passages!r}, {max_chars})"
    assert_true(isinstance(prompt, str), f"{call} should return a str, not {type(prompt).__name__}")
    assert_true(len(prompt) <= max_chars, f"{call} returned {len(prompt)} characters, more than {max_chars}")
    assert_true(prompt.endswith(f"Question: {question}\nAnswer:"), f"{call} does not end with the question: {prompt!r}")
    tail = f"Question: {question}\nAnswer:"
    whole = [HEADER + "".join(f"[{n}] {p}\n\n" for n, p in enumerate(passages[:count], 1)) + tail
             for count in range(len(passages) + 1)]
    assert_true(prompt in whole, f"{call} should hold the first few passages, whole and numbered, and nothing "
                                 f"else, but returned {prompt!r}")


@check(points=1, section="rag",
       hint="At the first passage that does not fit, stop: do not try the shorter ones after it.")
@given(question=st.sampled_from(["Why?", "How hot should the oven be?"]))
def stops_at_the_first_passage_that_does_not_fit(learner, reference, question):
    """a passage that does not fit ends the list: later, shorter passages are not tried"""
    passages = ["A short first passage.", "A second passage that is far too long to fit " * 3, "Tiny."]
    max_chars = _base_length(question) + len("[1] A short first passage.\n\n") + 15
    assert_equal(learner.build_rag_prompt(question, passages, max_chars),
                 reference.build_rag_prompt(question, passages, max_chars),
                 f"build_rag_prompt({question!r}, {passages!r}, {max_chars})")


@check(points=1, section="rag")
@given(question=questions, shortfall=st.integers(1, 20))
def a_question_that_cannot_fit_raises_value_error(learner, reference, question, shortfall):
    """when even the prompt without passages is longer than max_chars, build_rag_prompt raises ValueError"""
    max_chars = _base_length(question) - shortfall
    with raises(ValueError, f"build_rag_prompt({question!r}, ['Some passage.'], {max_chars})"):
        learner.build_rag_prompt(question, ["Some passage."], max_chars)

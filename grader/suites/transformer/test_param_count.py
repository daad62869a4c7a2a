"""Hidden checks for exercises/transformer/param_count.py: counting a GPT's parameters by hand.

Everything here is an exact integer: no tolerances. The published totals (GPT-2 small 124,439,808,
GPT-3 174,604,259,328) are pinned, and one check builds the arrays of a small model in the layout
of the gpt_forward exercise and compares the counts with the sum of their sizes.
"""

import numpy as np
from hypothesis import example, given, strategies as st

from grader.checks import assert_equal, assert_true, check, raises

GPT2_SMALL = (12, 768, 50257, 1024)
GPT3 = (96, 12288, 50257, 2048)
KEYS = ["token_embedding", "position_embedding", "attention", "mlp", "layer_norms", "final_layer_norm",
        "unembedding"]
# Which arrays of a model (the gpt_forward layout) belong to which part of the breakdown.
PART_OF = {"ln1_g": "layer_norms", "ln1_b": "layer_norms", "ln2_g": "layer_norms", "ln2_b": "layer_norms",
           "w_q": "attention", "w_k": "attention", "w_v": "attention", "w_o": "attention",
           "b_q": "attention", "b_k": "attention", "b_v": "attention", "b_o": "attention",
           "w1": "mlp", "b1": "mlp", "w2": "mlp", "b2": "mlp",
           "wte": "token_embedding", "wpe": "position_embedding", "lnf_g": "final_layer_norm",
           "lnf_b": "final_layer_norm", "w_unembed": "unembedding"}
BIASES = {"b_q", "b_k", "b_v", "b_o", "b1", "b2"}


# --- inputs -----------------------------------------------------------------------------------------

def sizes(max_layers: int = 100, max_d: int = 20_000, max_vocab: int = 200_000, max_ctx: int = 10_000):
    """(n_layers, d_model, vocab_size, n_ctx), from tiny to larger than GPT-3's width."""
    return st.tuples(st.integers(0, max_layers), st.integers(1, max_d), st.integers(1, max_vocab),
                     st.integers(1, max_ctx))


flags = st.fixed_dictionaries({"tied": st.booleans(), "biases": st.booleans(), "learned_pos": st.booleans()})


def model_arrays(n_layers: int, d: int, vocab: int, n_ctx: int, tied: bool, biases: bool,
                 learned_pos: bool) -> dict:
    """The arrays of a model in the gpt_forward layout (zeros: only their shapes matter), with the
    optional ones left out as the flags say; `w_unembed` stands for an untied unembedding."""
    def block():
        shapes = {"ln1_g": (d,), "ln1_b": (d,), "w_q": (d, d), "b_q": (d,), "w_k": (d, d), "b_k": (d,),
                  "w_v": (d, d), "b_v": (d,), "w_o": (d, d), "b_o": (d,), "ln2_g": (d,), "ln2_b": (d,),
                  "w1": (d, 4 * d), "b1": (4 * d,), "w2": (4 * d, d), "b2": (d,)}
        return {k: np.zeros(s) for k, s in shapes.items() if biases or k not in BIASES}

    params = {"wte": np.zeros((vocab, d)), "blocks": [block() for _ in range(n_layers)],
              "lnf_g": np.zeros(d), "lnf_b": np.zeros(d)}
    if learned_pos:
        params["wpe"] = np.zeros((n_ctx, d))
    if not tied:
        params["w_unembed"] = np.zeros((d, vocab))
    return params


def sizes_by_part(params: dict) -> dict[str, int]:
    parts = dict.fromkeys(KEYS, 0)
    for key, value in params.items():
        if key != "blocks":
            parts[PART_OF[key]] += int(value.size)
    for block in params["blocks"]:
        for key, value in block.items():
            parts[PART_OF[key]] += int(value.size)
    return parts


def call(args, **kw) -> str:
    extra = "".join(f", {k}={v}" for k, v in kw.items())
    return f"({', '.join(str(a) for a in args)}{extra})"


# --- the published numbers --------------------------------------------------------------------------

@check(points=2, section="gpt2-small",
       hint="Per block 12d^2 + 13d (attention 4d^2 + 4d, MLP 8d^2 + 5d, LayerNorms 4d), times L, plus "
            "V*d + n_ctx*d + 2d; the tied unembedding adds nothing.")
def gpt2_small_has_124_439_808_parameters(learner, reference):
    """GPT-2 small (12 layers, d 768, vocabulary 50,257, context 1,024) has 124,439,808 parameters"""
    assert_equal(learner.count_params(*GPT2_SMALL), 124_439_808, f"count_params{call(GPT2_SMALL)}")


@check(points=2, section="gpt3")
def gpt3_has_174_604_259_328_parameters(learner, reference):
    """GPT-3 (96 layers, d 12,288, vocabulary 50,257, context 2,048) has 174,604,259,328 parameters"""
    assert_equal(learner.count_params(*GPT3), 174_604_259_328, f"count_params{call(GPT3)}")


@check(points=2, section="gpt2-small",
       hint="Keys and values as in the docstring: attention, mlp and layer_norms are totals over all "
            "blocks, and the final LayerNorm has its own key.")
@given(model=st.sampled_from([GPT2_SMALL, GPT3]))
@example(model=GPT2_SMALL)
@example(model=GPT3)
def the_breakdown_matches_the_chapters_tables(learner, reference, model):
    """param_breakdown gives the chapter's parts: GPT-3's token embedding alone is 617,558,016"""
    got = learner.param_breakdown(*model)
    expected = reference.param_breakdown(*model)
    assert_equal(got, expected, f"param_breakdown{call(model)}")
    assert_equal(list(got), KEYS, f"the keys of param_breakdown{call(model)}, in order")


# --- any size ---------------------------------------------------------------------------------------

@check(points=3, section="counting-parameters",
       hint="tied=False adds a V x d unembedding; biases=False drops 9d per block (LayerNorms stay); "
            "learned_pos=False drops the n_ctx x d table.")
@given(args=sizes(), options=flags)
@example(args=(2, 3, 5, 7), options={"tied": False, "biases": False, "learned_pos": False})
@example(args=(0, 1, 1, 1), options={"tied": True, "biases": True, "learned_pos": True})
def the_breakdown_matches_the_reference(learner, reference, args, options):
    """param_breakdown counts every part right for any sizes and options"""
    assert_equal(learner.param_breakdown(*args, **options), reference.param_breakdown(*args, **options),
                 f"param_breakdown{call(args, **options)}")


@check(points=2, section="counting-parameters",
       hint="count_params is the sum of the breakdown's values, with the same options.")
@given(args=sizes(), options=flags)
@example(args=(96, 12288, 50257, 2048), options={"tied": False, "biases": False, "learned_pos": False})
def the_breakdown_sums_to_the_total(learner, reference, args, options):
    """count_params equals the sum of param_breakdown's values, for every option"""
    total = learner.count_params(*args, **options)
    assert_equal(total, reference.count_params(*args, **options), f"count_params{call(args, **options)}")
    parts = learner.param_breakdown(*args, **options)
    assert_true(isinstance(parts, dict), f"param_breakdown should return a dict, not {type(parts).__name__}")
    assert_equal(sum(parts.values()), total, f"the sum of param_breakdown{call(args, **options)}")


@check(points=2, section="counting-parameters",
       hint="One block: attention 4d^2 + 4d, MLP 8d^2 + 5d (the biases are 4d and d), two LayerNorms 4d.")
@given(args=sizes(), biases=st.booleans())
@example(args=(12, 768, 50257, 1024), biases=True)
@example(args=(0, 1, 1, 1), biases=True)
def one_more_block_adds_12d2_plus_13d(learner, reference, args, biases):
    """one more block adds 12d^2 + 13d parameters (12d^2 + 4d without biases)"""
    L, d, V, n_ctx = args
    step = learner.count_params(L + 1, d, V, n_ctx, biases=biases) - learner.count_params(L, d, V, n_ctx, biases=biases)
    assert_equal(step, 12 * d * d + (13 if biases else 4) * d,
                 f"count_params{call((L + 1, d, V, n_ctx), biases=biases)} - count_params{call(args, biases=biases)}")


@check(points=2, section="counting-parameters")
@given(args=sizes(), which=st.integers(0, 3), options=flags)
@example(args=(12, 768, 50257, 1024), which=3, options={"tied": True, "biases": True, "learned_pos": True})
def the_count_grows_with_every_size(learner, reference, args, which, options):
    """the total grows strictly with n_layers, d_model and vocab_size, and with n_ctx when positions are learned"""
    bigger = tuple(a + 1 if i == which else a for i, a in enumerate(args))
    before, after = learner.count_params(*args, **options), learner.count_params(*bigger, **options)
    expected = reference.count_params(*bigger, **options) - reference.count_params(*args, **options)
    assert_equal(after - before, expected,
                 f"count_params{call(bigger, **options)} - count_params{call(args, **options)}")
    if which < 3 or options["learned_pos"]:
        assert_true(after > before, f"count_params{call(bigger, **options)} should be larger than "
                                    f"count_params{call(args, **options)}")


@check(points=1, section="unembedding",
       hint="Untied, the unembedding is its own V x d matrix (no bias): 617,558,016 more for GPT-3.")
@given(args=sizes())
@example(args=GPT3)
def an_untied_unembedding_adds_v_times_d(learner, reference, args):
    """tied=False adds exactly V * d parameters, a second copy of the token embedding's size"""
    L, d, V, n_ctx = args
    diff = learner.count_params(*args, tied=False) - learner.count_params(*args, tied=True)
    assert_equal(diff, V * d, f"count_params{call(args, tied=False)} - count_params{call(args, tied=True)}")


@check(points=2, section="gpt3",
       hint="biases=False removes only the 9d bias numbers per block of attention and the MLP; gamma "
            "and beta of the LayerNorms stay. Take them out yourself with the breakdown's keys.")
def three_blue_one_browns_tally_is_reproduced(learner, reference):
    """untied, without biases or learned positions, and minus the LayerNorms, GPT-3 gives 3Blue1Brown's 175,181,291,520"""
    options = {"tied": False, "biases": False, "learned_pos": False}
    got = learner.param_breakdown(*GPT3, **options)
    assert_equal(got, reference.param_breakdown(*GPT3, **options), f"param_breakdown{call(GPT3, **options)}")
    assert_equal(sum(got.values()) - got["layer_norms"] - got["final_layer_norm"], 175_181_291_520,
                 "the sum of the breakdown without layer_norms and final_layer_norm")


@check(points=2, section="counting-parameters",
       hint="Count what gpt_forward reads: wte, wpe, every block's 16 arrays (12 without the six bias "
            "vectors), lnf_g and lnf_b.")
@given(args=sizes(max_layers=3, max_d=6, max_vocab=20, max_ctx=8), options=flags)
@example(args=(2, 4, 10, 8), options={"tied": True, "biases": True, "learned_pos": True})
@example(args=(1, 2, 3, 5), options={"tied": False, "biases": False, "learned_pos": False})
def the_counts_match_the_arrays_of_a_real_model(learner, reference, args, options):
    """for a small model built as in gpt_forward, each count equals the total size of the arrays it names"""
    expected = sizes_by_part(model_arrays(*args, **options))
    assert_equal(learner.param_breakdown(*args, **options), expected,
                 f"param_breakdown{call(args, **options)}, compared with the model's array sizes")
    assert_equal(learner.count_params(*args, **options), sum(expected.values()),
                 f"count_params{call(args, **options)}, compared with the model's array sizes")


@check(points=1, section="counting-parameters")
@given(args=st.sampled_from([(-1, 8, 10, 4), (2, 0, 10, 4), (2, 8, 0, 4), (2, 8, 10, 0)]))
@example(args=(2, 0, 10, 4))
@example(args=(-1, 8, 10, 4))
def impossible_sizes_raise(learner, reference, args):
    """n_layers < 0, or d_model, vocab_size or n_ctx < 1, raises ValueError in both functions"""
    with raises(ValueError, f"count_params{call(args)}"):
        learner.count_params(*args)
    with raises(ValueError, f"param_breakdown{call(args)}"):
        learner.param_breakdown(*args)

"""Counting a GPT's parameters by hand: GPT-2 small has 124,439,808, GPT-3 174,604,259,328.

"Parameter count" is the number of scalar weights in all of a model's tensors. For a GPT-2/GPT-3
style model of L blocks and width d, with an MLP of width 4d, each block holds

    attention  W_Q, W_K, W_V, W_O (d x d each) and their biases    4d^2 + 4d
    MLP        W_1 (d x 4d), W_2 (4d x d) and their biases          8d^2 + 5d
    two LayerNorms, gamma and beta each                             4d
                                                                    ----------
                                                                    12d^2 + 13d

and around the blocks sit the token embedding (V x d), the learned position embedding (n_ctx x d),
the final LayerNorm (2d) and, unless it is tied to the token embedding, the unembedding (d x V).
The number of heads does not appear: splitting into heads reshapes the same matrices.

Chapter: "The Transformer block and counting parameters", sections "Counting parameters",
"Worked example: GPT-2 small" and "Worked example: GPT-3".
Only numpy and the standard library may be imported.
"""


def param_breakdown(n_layers: int, d_model: int, vocab_size: int, n_ctx: int, tied: bool = True,
                    biases: bool = True, learned_pos: bool = True) -> dict[str, int]:
    """The parameters of a GPT-2/GPT-3 style model, part by part, as the chapter's tables count them.

    n_layers: the number of blocks L, an int >= 0. d_model: the width d, an int >= 1.
    vocab_size: V, an int >= 1. n_ctx: the context length, an int >= 1.
    Any other value raises ValueError. The MLP width is always 4 * d_model.
    tied: True when the unembedding is the token embedding transposed (GPT-2, GPT-3), so it adds
        nothing; False counts a separate d x V unembedding matrix (without a bias).
    biases: True when the four attention projections and the two MLP layers have bias vectors
        (3d + d + 4d + d = 9d per block). False leaves those out; the LayerNorms' gamma and beta
        are always counted.
    learned_pos: True when positions come from a learned n_ctx x d table (GPT-2, GPT-3); False
        for positions without parameters (sinusoidal, RoPE).
    Returns a new dict of Python ints, always with these seven keys, in this order:
        "token_embedding"     V * d
        "position_embedding"  n_ctx * d, or 0 without learned_pos
        "attention"           L * (4d^2 + 4d), or L * 4d^2 without biases   (all blocks together)
        "mlp"                 L * (8d^2 + 5d), or L * 8d^2 without biases   (all blocks together)
        "layer_norms"         L * 4d: the two LayerNorms of every block
        "final_layer_norm"    2d
        "unembedding"         0 when tied, V * d when not
    With biases, one block (attention + mlp + layer_norms for L = 1) is 12d^2 + 13d.

    GPT-2 small, as in the chapter's table:

    >>> param_breakdown(12, 768, 50257, 1024)  # doctest: +NORMALIZE_WHITESPACE
    {'token_embedding': 38597376, 'position_embedding': 786432, 'attention': 28348416,
     'mlp': 56669184, 'layer_norms': 36864, 'final_layer_norm': 1536, 'unembedding': 0}

    Chapter: "The Transformer block and counting parameters", sections "Counting parameters" and
    "Worked example: GPT-2 small".
    """
    raise NotImplementedError("param_breakdown: write it, then run `llm-course grade param_count`")


def count_params(n_layers: int, d_model: int, vocab_size: int, n_ctx: int, tied: bool = True,
                 biases: bool = True, learned_pos: bool = True) -> int:
    """The total number of parameters: the sum of param_breakdown's values, a Python int.

    Same arguments and errors as param_breakdown. With the defaults this is the chapter's formula
    N = L (12d^2 + 13d) + V d + n_ctx d + 2d.

    >>> count_params(12, 768, 50257, 1024)  # GPT-2 small
    124439808
    >>> count_params(96, 12288, 50257, 2048)  # GPT-3
    174604259328
    >>> parts = param_breakdown(96, 12288, 50257, 2048, tied=False, biases=False, learned_pos=False)
    >>> sum(parts.values()) - parts["layer_norms"] - parts["final_layer_norm"]  # 3Blue1Brown's tally
    175181291520

    Chapter: "The Transformer block and counting parameters", sections "Counting parameters" and
    "Worked example: GPT-3".
    """
    raise NotImplementedError("count_params: write it, then run `llm-course grade param_count`")

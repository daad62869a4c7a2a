r"""Fill-in-the-middle (FIM): training examples that teach a model to write the code at the cursor.

In an editor the cursor sits inside a file: there is text before it (the prefix) and after it (the
suffix), and the model should write what goes between (the middle). A left-to-right model never
sees the suffix, so FIM training cuts a random middle out of ordinary documents and moves it to the
end, marked with three new special tokens. In PSM order (prefix, suffix, middle):

    <|fim_prefix|>def area(r):
        return <|fim_suffix|>
    <|fim_middle|>3.14159 * r ** 2

The model learns to write the middle after <|fim_middle|>. At use time the editor sends the same
layout with the middle left empty, and the model's continuation is the code to insert.

Left out: token ids (GPT-4's cl100k_base has <|fim_prefix|> = 100258, <|fim_middle|> = 100259,
<|fim_suffix|> = 100260), the end-of-text token that closes a training example, the SPM variant
(suffix first), and the FIM rate (real recipes transform only part of the documents, e.g. half).

Chapter: "Post-training I", section "New behaviours get new tokens: fill-in-the-middle".
Only numpy and the standard library may be imported.
"""

import numpy as np

FIM_PREFIX = "<|fim_prefix|>"
FIM_SUFFIX = "<|fim_suffix|>"
FIM_MIDDLE = "<|fim_middle|>"
SENTINELS = (FIM_PREFIX, FIM_SUFFIX, FIM_MIDDLE)


def format_fim_psm(prefix: str, middle: str, suffix: str) -> str:
    r"""Write one FIM training example in PSM order: prefix, then suffix, then the middle to learn.

    prefix, middle, suffix: any str, "" included, that contains none of the three sentinel strings.
    Returns FIM_PREFIX + prefix + FIM_SUFFIX + suffix + FIM_MIDDLE + middle. Note the order: the
    arguments follow the document (prefix, middle, suffix), the text puts the middle last, because
    that is the part the model generates.

    Raises ValueError when any of the three parts contains "<|fim_prefix|>", "<|fim_suffix|>" or
    "<|fim_middle|>": the text would have more than one of a sentinel and could not be read back.

    >>> format_fim_psm("def area(r):\n    return ", "3.14159 * r ** 2", "\n")
    '<|fim_prefix|>def area(r):\n    return <|fim_suffix|>\n<|fim_middle|>3.14159 * r ** 2'
    >>> format_fim_psm("a", "b<|fim_middle|>", "c")
    Traceback (most recent call last):
    ...
    ValueError: the middle contains the sentinel '<|fim_middle|>'
    """
    raise NotImplementedError("format_fim_psm: write it, then run `llm-course grade fim`")


def parse_fim_psm(text: str) -> tuple[str, str, str]:
    r"""Read a PSM example back into (prefix, middle, suffix): the inverse of format_fim_psm.

    text: should be FIM_PREFIX + prefix + FIM_SUFFIX + suffix + FIM_MIDDLE + middle, where the three
        parts hold no sentinel. The middle may be "" (that is what fim_prompt sends).
    Returns (prefix, middle, suffix), in document order, so that
    parse_fim_psm(format_fim_psm(p, m, s)) == (p, m, s).

    Raises ValueError for any other text: it does not start with FIM_PREFIX, or a sentinel is
    missing, appears more than once, or the sentinels are out of order (FIM_MIDDLE before FIM_SUFFIX).

    >>> parse_fim_psm('<|fim_prefix|>def area(r):\n    return <|fim_suffix|>\n<|fim_middle|>3.14159 * r ** 2')
    ('def area(r):\n    return ', '3.14159 * r ** 2', '\n')
    >>> parse_fim_psm('<|fim_prefix|>a<|fim_middle|>b<|fim_suffix|>c')
    Traceback (most recent call last):
    ...
    ValueError: the sentinels are not in PSM order
    """
    raise NotImplementedError("parse_fim_psm: write it, then run `llm-course grade fim`")


def make_fim_example(doc: str, rng: np.random.Generator) -> tuple[str, str, str]:
    r"""Cut a document at two random character positions into (prefix, middle, suffix).

    doc: any str, "" included.
    rng: a numpy Generator; the only randomness used.
    The split points are drawn exactly as
        i, j = sorted(rng.integers(0, len(doc) + 1, size=2))
    (one call, two positions from 0 to len(doc) inclusive, the smaller one first), so the same seed
    always gives the same example and every correct solution gives the same answer. i == j is
    allowed (an empty middle), and so are i == 0 (empty prefix) and j == len(doc) (empty suffix).
    Returns (doc[:i], doc[i:j], doc[j:]): three str whose concatenation is doc.

    >>> make_fim_example("def area(r):", np.random.default_rng(0))  # draws 11 and 8: i, j = 8, 11
    ('def area', '(r)', ':')
    >>> make_fim_example("", np.random.default_rng(0))
    ('', '', '')
    """
    raise NotImplementedError("make_fim_example: write it, then run `llm-course grade fim`")


def fim_prompt(prefix: str, suffix: str) -> str:
    r"""What an editor sends at use time: the PSM layout with the middle left for the model to write.

    prefix: the text before the cursor; suffix: the text after it. Neither may contain a sentinel
    (ValueError, as in format_fim_psm).
    Returns format_fim_psm(prefix, "", suffix): the text ends with FIM_MIDDLE, and whatever the
    model writes next is the middle.

    >>> fim_prompt("def area(r):\n    return ", "\n")
    '<|fim_prefix|>def area(r):\n    return <|fim_suffix|>\n<|fim_middle|>'
    """
    raise NotImplementedError("fim_prompt: write it, then run `llm-course grade fim`")

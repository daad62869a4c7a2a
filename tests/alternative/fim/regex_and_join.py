"""A correct variant: a regular expression validates and parses, join() formats, and min/max order the cuts."""

import re

import numpy as np

FIM_PREFIX = "<|fim_prefix|>"
FIM_SUFFIX = "<|fim_suffix|>"
FIM_MIDDLE = "<|fim_middle|>"
_ANY_SENTINEL = re.compile("|".join(re.escape(s) for s in (FIM_PREFIX, FIM_SUFFIX, FIM_MIDDLE)))
_PSM = re.compile(re.escape(FIM_PREFIX) + "(.*)" + re.escape(FIM_SUFFIX) + "(.*)" + re.escape(FIM_MIDDLE) + "(.*)",
                  re.DOTALL)


def format_fim_psm(prefix: str, middle: str, suffix: str) -> str:
    if any(_ANY_SENTINEL.search(part) for part in (prefix, middle, suffix)):
        raise ValueError("a part contains a FIM sentinel")
    return "".join([FIM_PREFIX, prefix, FIM_SUFFIX, suffix, FIM_MIDDLE, middle])


def parse_fim_psm(text: str) -> tuple[str, str, str]:
    match = _PSM.fullmatch(text)
    if match is None or any(_ANY_SENTINEL.search(group) for group in match.groups()):
        raise ValueError("not a PSM fill-in-the-middle text")
    prefix, suffix, middle = match.groups()
    return prefix, middle, suffix


def make_fim_example(doc: str, rng: np.random.Generator) -> tuple[str, str, str]:
    a, b = (int(x) for x in rng.integers(0, len(doc) + 1, size=2))
    i, j = min(a, b), max(a, b)
    return doc[:i], doc[i:j], doc[j:]


def fim_prompt(prefix: str, suffix: str) -> str:
    return format_fim_psm(prefix, "", suffix)

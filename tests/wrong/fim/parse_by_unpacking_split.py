"""Unpacks text.split(...) at each sentinel: a missing, repeated or out-of-order sentinel happens to raise
ValueError from the unpacking, but text before <|fim_prefix|> is silently dropped."""

CAUGHT_BY = ["parse_fim_psm_rejects_malformed_text"]


def parse_fim_psm(text):
    _, rest = text.split(FIM_PREFIX)
    prefix, rest = rest.split(FIM_SUFFIX)
    suffix, middle = rest.split(FIM_MIDDLE)
    return prefix, middle, suffix

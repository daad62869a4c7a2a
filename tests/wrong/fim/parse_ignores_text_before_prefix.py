"""Counts the sentinels and checks their order, but accepts (and drops) text before <|fim_prefix|>."""

CAUGHT_BY = ["parse_fim_psm_rejects_malformed_text"]


def parse_fim_psm(text):
    for sentinel in SENTINELS:
        if text.count(sentinel) != 1:
            raise ValueError(f"expected one {sentinel!r}")
    p, s, m = text.index(FIM_PREFIX), text.index(FIM_SUFFIX), text.index(FIM_MIDDLE)
    if not p < s < m:
        raise ValueError("the sentinels are not in PSM order")
    return text[p + len(FIM_PREFIX):s], text[m + len(FIM_MIDDLE):], text[s + len(FIM_SUFFIX):m]

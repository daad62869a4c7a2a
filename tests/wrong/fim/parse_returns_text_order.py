"""Returns the pieces in the order they appear in the text, (prefix, suffix, middle), not (prefix, middle, suffix)."""

CAUGHT_BY = ["parse_fim_psm_inverts_format_fim_psm", "parse_fim_psm_parses_or_raises_value_error_on_any_text"]


def parse_fim_psm(text):
    for sentinel in SENTINELS:
        if text.count(sentinel) != 1:
            raise ValueError(f"expected one {sentinel!r}")
    if not text.startswith(FIM_PREFIX):
        raise ValueError("text before the prefix sentinel")
    s, m = text.index(FIM_SUFFIX), text.index(FIM_MIDDLE)
    if s > m:
        raise ValueError("out of order")
    return text[len(FIM_PREFIX):s], text[s + len(FIM_SUFFIX):m], text[m + len(FIM_MIDDLE):]

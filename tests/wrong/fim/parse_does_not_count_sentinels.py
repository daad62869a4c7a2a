"""Checks that the sentinels are present and in order, but not that each appears once: a second
<|fim_middle|> (or <|fim_suffix|>) ends up inside a piece."""

CAUGHT_BY = ["parse_fim_psm_rejects_malformed_text", "parse_fim_psm_parses_or_raises_value_error_on_any_text"]


def parse_fim_psm(text):
    if not text.startswith(FIM_PREFIX):
        raise ValueError("the text does not start with <|fim_prefix|>")
    s, m = text.find(FIM_SUFFIX), text.find(FIM_MIDDLE)
    if s == -1 or m == -1 or s > m:
        raise ValueError("missing or out-of-order sentinels")
    return text[len(FIM_PREFIX):s], text[m + len(FIM_MIDDLE):], text[s + len(FIM_SUFFIX):m]

"""Splits with str.partition and never validates: repeated, missing or out-of-order sentinels slip through."""

CAUGHT_BY = ["parse_fim_psm_rejects_malformed_text", "parse_fim_psm_parses_or_raises_value_error_on_any_text"]


def parse_fim_psm(text):
    _, _, rest = text.partition(FIM_PREFIX)
    prefix, _, rest = rest.partition(FIM_SUFFIX)
    suffix, _, middle = rest.partition(FIM_MIDDLE)
    return prefix, middle, suffix

"""Looks for sentinels only in the middle, so a prefix or suffix can smuggle one in."""

CAUGHT_BY = ["format_fim_psm_refuses_sentinels_in_any_part", "fim_prompt_refuses_sentinels"]


def format_fim_psm(prefix, middle, suffix):
    for sentinel in SENTINELS:
        if sentinel in middle:
            raise ValueError(f"the middle contains the sentinel {sentinel!r}")
    return FIM_PREFIX + prefix + FIM_SUFFIX + suffix + FIM_MIDDLE + middle

"""Follows the argument order instead of PSM: writes the middle after <|fim_suffix|> and the suffix last."""

CAUGHT_BY = ["format_fim_psm_matches_the_reference", "fim_prompt_ends_with_the_middle_sentinel"]


def format_fim_psm(prefix, middle, suffix):
    for part in (prefix, middle, suffix):
        for sentinel in SENTINELS:
            if sentinel in part:
                raise ValueError(f"the sentinel {sentinel!r} is not allowed")
    return FIM_PREFIX + prefix + FIM_SUFFIX + middle + FIM_MIDDLE + suffix

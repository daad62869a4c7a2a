"""Slices ids[len(ids) - max_len:]: for a list shorter than max_len the start is negative and wraps."""

CAUGHT_BY = ["sliding_window_keeps_the_last_ids"]


def sliding_window(ids, max_len):
    if max_len < 1:
        raise ValueError("max_len must be at least 1")
    return list(ids[len(ids) - max_len:])

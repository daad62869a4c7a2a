"""Counts every message once up front, then finds the longest affordable suffix with running sums."""

from itertools import accumulate


def truncate_messages(messages, max_tokens, count_tokens, keep_system=True, per_message=0):
    if max_tokens < 0 or per_message < 0:
        raise ValueError("max_tokens and per_message must be >= 0")
    first = 1 if keep_system and messages and messages[0].get("role") == "system" else 0
    costs = [count_tokens(m["content"]) + per_message for m in messages]
    budget = max_tokens - sum(costs[:first])
    if budget < 0:
        raise ValueError("the system prompt alone does not fit")
    newest_first = list(accumulate(reversed(costs[first:])))
    keep = sum(1 for total in newest_first if total <= budget)  # running sums only grow
    return list(messages[:first]) + list(messages[len(messages) - keep:])


def sliding_window(ids, max_len):
    if max_len < 1:
        raise ValueError("max_len must be at least 1")
    return list(ids)[max(0, len(ids) - max_len):]

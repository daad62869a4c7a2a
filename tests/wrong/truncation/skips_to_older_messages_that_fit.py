"""Skips a message that does not fit and keeps looking at older ones, so the kept turns have gaps."""

CAUGHT_BY = ["truncate_matches_the_reference", "the_result_fits_and_keeps_the_newest_messages"]


def truncate_messages(messages, max_tokens, count_tokens, keep_system=True, per_message=0):
    if max_tokens < 0 or per_message < 0:
        raise ValueError("negative")
    has_system = keep_system and bool(messages) and messages[0].get("role") == "system"
    head, rest = (messages[:1], messages[1:]) if has_system else ([], messages)
    used = sum(count_tokens(m["content"]) + per_message for m in head)
    if used > max_tokens:
        raise ValueError("the system prompt does not fit")
    kept = []
    for message in reversed(rest):
        cost = count_tokens(message["content"]) + per_message
        if used + cost <= max_tokens:
            kept.insert(0, message)
            used += cost
    return head + kept

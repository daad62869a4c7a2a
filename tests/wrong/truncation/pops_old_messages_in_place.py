"""Drops the oldest turns with messages.pop(), changing the caller's conversation."""

CAUGHT_BY = ["the_input_is_not_modified"]


def truncate_messages(messages, max_tokens, count_tokens, keep_system=True, per_message=0):
    if max_tokens < 0 or per_message < 0:
        raise ValueError("negative")
    has_system = keep_system and bool(messages) and messages[0].get("role") == "system"
    first = 1 if has_system else 0
    costs = [count_tokens(m["content"]) + per_message for m in messages]
    if sum(costs[:first]) > max_tokens:
        raise ValueError("the system prompt does not fit")
    while sum(costs) > max_tokens:
        messages.pop(first)
        costs.pop(first)
    return messages

"""Runs only the first tool call of a reply; the others are silently dropped."""

CAUGHT_BY = ["several_calls_in_one_reply_run_in_order", "scripted_conversations_match_the_reference"]


def run_agent(model, tools, user_message, max_steps=5):
    if max_steps < 1:
        raise ValueError("max_steps must be at least 1")
    messages = [{"role": "user", "content": user_message}]
    for _ in range(max_steps):
        reply = model(list(messages))
        messages.append({"role": "assistant", "content": reply})
        try:
            calls = parse_tool_calls(reply)
        except ToolCallError as error:
            messages.append({"role": "tool", "name": "", "content": f"error: {error}"})
            continue
        if not calls:
            break
        name, arguments = calls[0]["name"], calls[0]["arguments"]
        try:
            content = str(tools[name](arguments)) if name in tools else "error: unknown tool"
        except Exception as error:
            content = f"error: {error}"
        messages.append({"role": "tool", "name": name, "content": content})
    return messages

"""Skips a call to an unknown tool without a word: the model never learns that the tool does not exist."""

CAUGHT_BY = ["an_unknown_tool_is_reported_to_the_model", "scripted_conversations_match_the_reference"]


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
        for call in calls:
            if call["name"] not in tools:
                continue
            try:
                content = str(tools[call["name"]](call["arguments"]))
            except Exception as error:
                content = f"error: {error}"
            messages.append({"role": "tool", "name": call["name"], "content": content})
    return messages

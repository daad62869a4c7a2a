"""Treats a reply whose tool call cannot be parsed as the final answer, so the model gets no chance to
fix its call."""

CAUGHT_BY = ["a_malformed_call_is_reported_and_runs_nothing", "scripted_conversations_match_the_reference"]


def run_agent(model, tools, user_message, max_steps=5):
    if max_steps < 1:
        raise ValueError("max_steps must be at least 1")
    messages = [{"role": "user", "content": user_message}]
    for _ in range(max_steps):
        reply = model(list(messages))
        messages.append({"role": "assistant", "content": reply})
        try:
            calls = parse_tool_calls(reply)
        except ToolCallError:
            calls = []
        if not calls:
            break
        for call in calls:
            try:
                if call["name"] not in tools:
                    raise KeyError(call["name"])
                content = str(tools[call["name"]](call["arguments"]))
            except Exception as error:
                content = f"error: {error}"
            messages.append({"role": "tool", "name": call["name"], "content": content})
    return messages

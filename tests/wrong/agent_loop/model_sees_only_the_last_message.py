"""Shows the model only the latest message instead of the whole conversation, so it forgets the
question and its own earlier calls."""

CAUGHT_BY = ["the_model_sees_the_whole_conversation"]


def run_agent(model, tools, user_message, max_steps=5):
    if max_steps < 1:
        raise ValueError("max_steps must be at least 1")
    messages = [{"role": "user", "content": user_message}]
    for _ in range(max_steps):
        reply = model([messages[-1]])
        messages.append({"role": "assistant", "content": reply})
        try:
            calls = parse_tool_calls(reply)
        except ToolCallError as error:
            messages.append({"role": "tool", "name": "", "content": f"error: {error}"})
            continue
        if not calls:
            break
        for call in calls:
            try:
                content = str(tools[call["name"]](call["arguments"]))
            except Exception as error:
                content = f"error: {error}"
            messages.append({"role": "tool", "name": call["name"], "content": content})
    return messages

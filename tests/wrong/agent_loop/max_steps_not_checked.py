"""Does not check max_steps: with max_steps=0 it returns just the user message instead of raising ValueError."""

CAUGHT_BY = ["max_steps_below_one_raises_value_error"]


def run_agent(model, tools, user_message, max_steps=5):
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
            try:
                content = str(tools[call["name"]](call["arguments"]))
            except Exception as error:
                content = f"error: {error}"
            messages.append({"role": "tool", "name": call["name"], "content": content})
    return messages

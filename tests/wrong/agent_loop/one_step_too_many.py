"""Counts steps with `while step <= max_steps` starting from 0: the model is called max_steps + 1 times."""

CAUGHT_BY = ["a_model_that_never_answers_is_called_exactly_max_steps_times"]


def run_agent(model, tools, user_message, max_steps=5):
    if max_steps < 1:
        raise ValueError("max_steps must be at least 1")
    messages = [{"role": "user", "content": user_message}]
    step = 0
    while step <= max_steps:
        step += 1
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
                content = f"error: {error!r}"
            messages.append({"role": "tool", "name": call["name"], "content": content})
    return messages

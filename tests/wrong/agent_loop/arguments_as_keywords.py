"""Calls tools[name](**arguments), as in the chapter's sketch, although the tools here take the arguments
dict itself: every call fails, and the model only ever sees errors."""

CAUGHT_BY = ["tool_results_go_back_into_the_conversation", "several_calls_in_one_reply_run_in_order"]


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
            try:
                content = str(tools[call["name"]](**call["arguments"]))
            except Exception as error:
                content = f"error: {error}"
            messages.append({"role": "tool", "name": call["name"], "content": content})
    return messages

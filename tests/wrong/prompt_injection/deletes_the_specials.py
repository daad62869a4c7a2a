"""Removes the special strings instead of escaping them: safe, but the user's text cannot be recovered."""

CAUGHT_BY = ["escape_matches_the_reference", "unescape_undoes_escape", "unwrap_gives_back_the_document"]


def escape_special_tokens(text, specials):
    _check_specials(specials)
    text = text.replace(MARK, MARK + MARK)
    for special in specials:
        text = text.replace(special, "")
    return text

"""Puts the marker in front of each special instead of inside it, so the special string is still there whole."""

CAUGHT_BY = ["escape_matches_the_reference", "escaped_text_holds_no_special", "wrapped_text_cannot_close_its_tag"]


def escape_special_tokens(text, specials):
    _check_specials(specials)
    doubled = text.replace(MARK, MARK + MARK)
    starts = {i for special in specials for i in range(len(doubled)) if doubled.startswith(special, i)}
    return "".join(MARK + char if i in starts else char for i, char in enumerate(doubled))

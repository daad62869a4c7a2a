"""Inserts the markers but does not double the ones already in the text: a text that was already escaped
escapes to the same string as the raw special, and unescaping loses the original markers."""

CAUGHT_BY = ["escape_matches_the_reference", "unescape_undoes_escape", "different_texts_escape_differently"]


def escape_special_tokens(text, specials):
    _check_specials(specials)
    starts = {i for special in specials for i in range(len(text)) if text.startswith(special, i)}
    return "".join(char + MARK if i in starts else char for i, char in enumerate(text))

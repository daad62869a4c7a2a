"""Escapes with str.replace, which only finds non-overlapping occurrences: "aaa" with special "aa" becomes
"a\u200baa", which still contains "aa"."""

CAUGHT_BY = ["escape_matches_the_reference", "escaped_text_holds_no_special"]


def escape_special_tokens(text, specials):
    _check_specials(specials)
    text = text.replace(MARK, MARK + MARK)
    for special in specials:
        text = text.replace(special, special[0] + MARK + special[1:])
    return text

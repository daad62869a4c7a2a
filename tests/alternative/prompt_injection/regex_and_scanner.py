"""A correct variant: the occurrence starts found with a lookahead regex (which finds overlapping
matches), the markers inserted by slicing, and unescaping by an explicit left-to-right scan."""

import re

MARK = "\u200b"


def _check(specials):
    if any(len(s) < 2 or MARK in s for s in specials):
        raise ValueError("invalid special")


def escape_special_tokens(text, specials):
    _check(specials)
    text = text.replace(MARK, MARK * 2)
    if not specials:
        return text
    pattern = re.compile("(?=" + "|".join(map(re.escape, specials)) + ")")
    starts = sorted({m.start() for m in pattern.finditer(text)})
    parts, last = [], 0
    for start in starts:
        parts.append(text[last:start + 1])
        parts.append(MARK)
        last = start + 1
    parts.append(text[last:])
    return "".join(parts)


def unescape_special_tokens(text, specials):
    _check(specials)
    out, i = [], 0
    while i < len(text):
        if text[i] == MARK:
            if text[i + 1:i + 2] == MARK:
                out.append(MARK)
                i += 2
            else:
                i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _tag_pair(tag):
    if not isinstance(tag, str) or not re.fullmatch(r"[A-Za-z][\w-]*", tag, flags=re.ASCII):
        raise ValueError("bad tag")
    return "<" + tag + ">", "</" + tag + ">"


def wrap_untrusted(doc, tag="document"):
    opening, closing = _tag_pair(tag)
    return f"{opening}{escape_special_tokens(doc, [closing])}{closing}"


def unwrap_untrusted(wrapped, tag="document"):
    opening, closing = _tag_pair(tag)
    inner_length = len(wrapped) - len(opening) - len(closing)
    if inner_length < 0 or wrapped[:len(opening)] != opening or wrapped[len(wrapped) - len(closing):] != closing:
        raise ValueError("not wrapped")
    return unescape_special_tokens(wrapped[len(opening):len(opening) + inner_length], [closing])

"""Correct, written differently: the parser only records events; a second pass walks them with a
depth counter, blocks become newlines, and a regular expression collapses whitespace."""

import re
from html.parser import HTMLParser

_BLOCK = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
          "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
          "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul"}


class _Events(HTMLParser):
    def __init__(self):
        super().__init__()  # convert_charrefs is True by default
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("open", tag))

    def handle_endtag(self, tag):
        self.events.append(("close", tag))

    def handle_data(self, data):
        self.events.append(("text", data))


def extract_text(html):
    parser = _Events()
    parser.feed(html)
    parser.close()
    out, depth = [], 0
    for kind, value in parser.events:
        if value in ("script", "style", "nav") and kind != "text":
            depth = depth + 1 if kind == "open" else max(depth - 1, 0)
        elif kind == "text":
            if not depth:
                out.append(value)
        elif value in _BLOCK:
            out.append("\n")
    return re.sub(r"\s+", " ", "".join(out)).strip()

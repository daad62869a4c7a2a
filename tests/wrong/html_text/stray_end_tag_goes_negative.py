"""Decrements the skip depth on every </nav>, even a stray one: the depth drops to -1 and the text
after it is dropped, while the next real <nav> brings it back to 0 and its menu is kept."""

from html.parser import HTMLParser

CAUGHT_BY = ["nav_is_dropped_counting_nesting"]


class TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skip_depth += 1
        elif tag in BLOCK_TAGS:
            self.pieces.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skip_depth -= 1
        elif tag in BLOCK_TAGS:
            self.pieces.append(" ")

    def handle_data(self, data):
        if self.skip_depth == 0:
            self.pieces.append(data)

"""Uses a True/False 'inside nav' flag instead of a depth counter: the first </nav> of a nested menu
switches skipping off, so the rest of the outer menu leaks into the text."""

from html.parser import HTMLParser

CAUGHT_BY = ["nav_is_dropped_counting_nesting"]


class TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces = []
        self.skipping = False

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skipping = True
        elif tag in BLOCK_TAGS:
            self.pieces.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skipping = False
        elif tag in BLOCK_TAGS:
            self.pieces.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.pieces.append(data)

"""Turns convert_charrefs off and never handles entity references: "Fish &amp; chips" loses its "&"."""

from html.parser import HTMLParser

CAUGHT_BY = ["matches_the_reference_on_generated_pages", "entities_are_unescaped",
             "every_text_node_appears_in_order"]


class TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.pieces = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skip_depth += 1
        elif tag in BLOCK_TAGS:
            self.pieces.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in BLOCK_TAGS:
            self.pieces.append(" ")

    def handle_data(self, data):
        if self.skip_depth == 0:
            self.pieces.append(data)

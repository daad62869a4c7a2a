"""Ignores block tags: "<p>one</p><p>two</p>" comes out as "onetwo", gluing words of different paragraphs."""

from html.parser import HTMLParser

CAUGHT_BY = ["matches_the_reference_on_generated_pages", "block_tags_separate_words"]


class TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skip_depth += 1

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)

    def handle_data(self, data):
        if self.skip_depth == 0:
            self.pieces.append(data)

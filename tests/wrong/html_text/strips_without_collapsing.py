"""Strips the ends but never collapses inner whitespace: newlines, tabs and double spaces stay in the text."""

CAUGHT_BY = ["matches_the_reference_on_generated_pages", "whitespace_is_collapsed_and_stripped",
             "plain_text_comes_back_whitespace_normalised"]


def extract_text(html):
    collector = TextCollector()
    collector.feed(html)
    collector.close()
    return "".join(collector.pieces).strip()

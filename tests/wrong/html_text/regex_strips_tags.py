"""Deletes tags with a regular expression: script and menu text stays, and "<p>a</p><p>b</p>" glues to "ab"."""

import html
import re

CAUGHT_BY = ["matches_the_reference_on_generated_pages", "scripts_and_styles_are_dropped",
             "nav_is_dropped_counting_nesting", "block_tags_separate_words"]


def extract_text(html_source):
    text = re.sub(r"<[^>]+>", "", html_source)
    return " ".join(html.unescape(text).split())

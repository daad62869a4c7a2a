"""Text extraction: turn a web page's HTML into the plain text a model trains on.

Common Crawl stores raw HTML. Before any filter can judge a page, the words have to be pulled out of
the markup: drop the tags, throw away what is never meant to be read (scripts, style sheets,
navigation menus), turn entities like `&amp;` back into characters, and keep paragraphs from gluing
together. FineWeb uses the trafilatura library for this; here you write a small version of it with
Python's own `html.parser`.

Chapter: "Pre-training data", sections "Text extraction" and "The FineWeb recipe".
Only numpy and the standard library may be imported.
"""

from html.parser import HTMLParser

SKIPPED_TAGS = frozenset({"script", "style", "nav"})
"""Elements whose whole content is dropped: code, CSS and menus are not text anyone reads."""

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
    "section", "table", "td", "th", "title", "tr", "ul",
})
"""Elements that start a new line on screen: their start and end tags separate the text around them.
Every other tag (b, i, a, span, em, ...) is inline: "<b>un</b>believable" reads "unbelievable"."""


class TextCollector(HTMLParser):
    """Collects the readable pieces of a page, in order, in `self.pieces`.

    `HTMLParser` calls the three `handle_*` methods as it reads the HTML from left to right. Tag
    names arrive lowercased. With `convert_charrefs=True` (set below) entities such as `&amp;`,
    `&lt;` and `&#233;` are already turned into characters when `handle_data` receives the text.
    Comments and `<!DOCTYPE ...>` go to other handlers, which ignore them.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.skip_depth = 0  # how many skipped elements (script, style, nav) we are inside

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Entering a skipped element goes one level deeper; a block tag adds a separating space."""
        ### BEGIN SOLUTION
        if tag in SKIPPED_TAGS:
            self.skip_depth += 1
        elif tag in BLOCK_TAGS:
            self.pieces.append(" ")
        ### END SOLUTION

    def handle_endtag(self, tag: str) -> None:
        """Leaving a skipped element goes one level up (never below 0); a block end tag adds a space."""
        ### BEGIN SOLUTION
        if tag in SKIPPED_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)  # a stray </nav> must not go negative
        elif tag in BLOCK_TAGS:
            self.pieces.append(" ")
        ### END SOLUTION

    def handle_data(self, data: str) -> None:
        """Keep a piece of text unless it is inside a skipped element."""
        ### BEGIN SOLUTION
        if self.skip_depth == 0:
            self.pieces.append(data)
        ### END SOLUTION


def extract_text(html: str) -> str:
    """Return the readable text of an HTML document as one line of plain text.

    html: any string (well-formed or not; plain text with no tags at all is fine too).

    Rules, in the order the parser meets them:
    - Tags are removed. Comments and doctypes are dropped.
    - Everything inside <script>, <style> and <nav> is dropped, counting nesting:
      "<nav>a<nav>b</nav>c</nav>d" gives "d". A stray end tag with no start ("</nav>x") is ignored,
      and a skipped element that is never closed drops everything after it.
    - Entities are unescaped ("&amp;" -> "&", "&lt;" -> "<", "&nbsp;" -> a space), because the
      parser runs with convert_charrefs=True.
    - The start and end tags of the block elements in BLOCK_TAGS (p, div, br, li, h1..h6, tr, td,
      ...) separate the text around them, so "<p>one</p><p>two</p>" gives "one two", never "onetwo".
      Inline tags (b, i, a, span, ...) do not: "<b>un</b>believable" gives "unbelievable".
    - Finally every run of whitespace (anything str.split() splits on: spaces, tabs, newlines,
      the no-break space) becomes a single space, and the result has none at either end.
    Returns a str; "" when there is no text.

    >>> extract_text("<p>Hello,<br>world &amp; friends</p><script>var x = 1;</script>")
    'Hello, world & friends'
    >>> extract_text("<nav><a href='/'>Home</a></nav><h1>Title</h1><p>Some <b>bold</b>  text.</p>")
    'Title Some bold text.'
    """
    ### BEGIN SOLUTION
    collector = TextCollector()
    collector.feed(html)
    collector.close()  # flush text the parser still holds back
    return " ".join("".join(collector.pieces).split())
    ### END SOLUTION

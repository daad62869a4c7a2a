"""Hidden checks for exercises/pretraining_data/html_text.py: extracting the readable text of a web page.

Everything here is exact: the extracted text is compared with ==. The generated pages are small trees
(depth <= 3) of text nodes wrapped in block and inline tags, with attributes, entities, comments and,
where a check says so, <script>, <style> and <nav> elements whose content must disappear. Text nodes
are escaped with html.escape, so a "<" or "&" in the text is data, never markup.
"""

import html
import re
import string

from hypothesis import example, given, strategies as st

from grader.checks import assert_equal, assert_true, check, fail

TEXT_ALPHABET = string.ascii_letters + string.digits + " \t\n.,;:!?'\"&<>éü我"
BLOCK = ("div", "p", "li", "ul", "h1", "h3", "td", "tr", "section", "blockquote")
INLINE = ("span", "b", "i", "a", "em", "strong", "code")
ENTITIES = ("&amp;", "&lt;", "&gt;", "&nbsp;", "&eacute;", "&#233;", "&#x2014;", "&quot;")
TAG_PATTERN = re.compile(r"<[a-zA-Z/!]")


def normalise(text: str) -> str:
    return " ".join(text.split())


@st.composite
def pages(draw, skipped: bool = True, entities: bool = True, alphabet: str = TEXT_ALPHABET):
    """(html, visible): a small random page and the list of its text nodes that must stay visible."""
    visible: list[str] = []

    def text() -> str:
        if entities and draw(st.integers(0, 5)) == 0:
            raw = draw(st.sampled_from(ENTITIES))
            visible.append(html.unescape(raw))
            return raw
        words = draw(st.text(alphabet, max_size=12))
        visible.append(words)
        return html.escape(words, quote=False)

    def attributes() -> str:
        return draw(st.sampled_from(("", ' class="main"', ' href="/a?b=1&amp;c=2"', " id=x")))

    def hidden(depth: int) -> str:
        kind = draw(st.sampled_from(("script", "style", "nav")))
        if kind == "nav":  # parsed as HTML: may hold links, even another nav
            saved = len(visible)
            inner = nodes(depth + 1)
            del visible[saved:]
            return f"<nav{attributes()}>{inner}</nav>"
        body = draw(st.sampled_from(("var x = 1 < 2;", "p { color: red }", "if (a<b) { f('</p>'); }")))
        return f"<{kind}>{body}</{kind}>"

    def node(depth: int) -> str:
        choices = ["text", "text", "element", "element", "br", "comment"] + (["hidden"] if skipped else [])
        kind = draw(st.sampled_from(choices if depth < 3 else ["text"]))
        if kind == "text":
            return text()
        if kind == "br":
            return draw(st.sampled_from(("<br>", "<br/>", "<hr>")))
        if kind == "comment":
            return "<!-- a comment -->"
        if kind == "hidden":
            return hidden(depth)
        tag = draw(st.sampled_from(BLOCK + INLINE))
        return f"<{tag}{attributes()}>{nodes(depth + 1)}</{tag}>"

    def nodes(depth: int) -> str:
        return "".join(node(depth) for _ in range(draw(st.integers(0, 3))))

    return nodes(0), visible


def _check_text(learner, reference, page: str) -> None:
    assert_equal(learner.extract_text(page), reference.extract_text(page), f"extract_text({page!r})")


@check(points=3, section="text-extraction")
@given(page=pages())
@example(page=("<!DOCTYPE html><html><head><title>T</title></head><body><p>a</p></body></html>", []))
@example(page=("x<!-- hidden -->y", []))
@example(page=("<p>x<b>y</b>z</p>", []))
@example(page=("<nav><a href='/'>Home</a></nav><p>Story</p>", []))
@example(page=("<div class=\"c\">one<span> two </span>three</div>", []))
def matches_the_reference_on_generated_pages(learner, reference, page):
    """extract_text gives the reference's text on random pages of tags, entities, comments, scripts and menus"""
    _check_text(learner, reference, page[0])


@check(points=2, section="text-extraction",
       hint="Count how deep you are inside <script>/<style>/<nav> and drop text while the count is above 0.")
@given(code=st.sampled_from(("var x = 1;", "alert('<b>hi</b>')", "body { margin: 0 }")),
       tag=st.sampled_from(("script", "style")))
@example(code="var x = 1;", tag="script")
def scripts_and_styles_are_dropped(learner, reference, code, tag):
    """the content of <script> and <style> never reaches the text"""
    page = f"<p>before</p><{tag} type=\"text/x\">{code}</{tag}><p>after</p>"
    assert_equal(learner.extract_text(page), "before after", f"extract_text({page!r})")


@check(points=2, section="text-extraction",
       hint="A boolean 'inside nav' flag is not enough: <nav> can hold another <nav>. Keep a depth counter.")
@given(page=st.sampled_from((
    "<nav>a<nav>b</nav>c</nav>d",
    "<nav><ul><li><a href='/'>Home</a></li></ul></nav><p>Article</p>",
    "</nav>kept <nav>gone</nav> too",
    "<nav>x<script>y</script>z</nav>w",
    "<style>a{}</style><nav><nav><nav>deep</nav></nav>still nav</nav>free",
)))
@example(page="<nav>a<nav>b</nav>c</nav>d")
@example(page="</nav>kept <nav>gone</nav> too")
def nav_is_dropped_counting_nesting(learner, reference, page):
    """everything inside <nav> is dropped, also after a nested </nav>; a stray </nav> is ignored"""
    _check_text(learner, reference, page)


@check(points=1, section="text-extraction",
       hint="Create the parser with convert_charrefs=True: handle_data then receives '&', not '&amp;'.")
@given(page=st.sampled_from(("Fish &amp; chips", "1 &lt; 2 &gt; 0", "caf&eacute; &#233;t&#xE9;",
                             "a&nbsp;b", "&quot;quoted&quot; &#8212; dash")))
@example(page="Fish &amp; chips")
def entities_are_unescaped(learner, reference, page):
    """entities become characters: &amp; is &, &lt; is <, &#233; is é, &nbsp; is a space"""
    _check_text(learner, reference, page)


@check(points=2, section="text-extraction",
       hint="Block tags (p, div, br, li, td, ...) start a new line on screen: add a space at their start and end tags.")
@given(words=st.lists(st.text(string.ascii_lowercase, min_size=1, max_size=6), min_size=2, max_size=6),
       separators=st.lists(st.sampled_from(("<p>", "</p>", "<br>", "<br/>", "<li>", "</li>", "</div>",
                                            "<div>", "<h2>", "</h2>", "<td>", "</tr>", "<hr>")),
                           min_size=5, max_size=5))
@example(words=["one", "two"], separators=["</p><p>"] * 5)
@example(words=["end", "after"], separators=["</p>"] * 5)
@example(words=["cell", "cell"], separators=["</td><td>"] * 5)
def block_tags_separate_words(learner, reference, words, separators):
    """the start and end tags of block elements (p, div, br, li, td, h1..h6...) keep words apart"""
    page = words[0] + "".join(separators[i % 5] + w for i, w in enumerate(words[1:]))
    assert_equal(learner.extract_text(page), " ".join(words), f"extract_text({page!r})")


@check(points=1, section="text-extraction",
       hint="Only block tags separate text; inline tags like <b>, <span> and <a> add nothing.")
@given(word=st.text(string.ascii_lowercase, min_size=2, max_size=10), cut=st.integers(1, 9),
       tag=st.sampled_from(INLINE))
@example(word="unbelievable", cut=2, tag="b")
def inline_tags_do_not_separate(learner, reference, word, cut, tag):
    """inline tags (b, i, a, span, em...) do not split a word: <b>un</b>believable is one word"""
    cut = min(cut, len(word) - 1)
    page = f"<{tag}>{word[:cut]}</{tag}>{word[cut:]}"
    assert_equal(learner.extract_text(page), word, f"extract_text({page!r})")


@check(points=1, section="text-extraction",
       hint="' '.join(text.split()) collapses every run of whitespace and strips both ends.")
@given(page=st.sampled_from(("  <p>\n  spaced \t out  </p>\n\n", "<div>\n<b>a</b>\n\n<i>b</i>\n</div>",
                             "\t\ttabs\tand\r\nnewlines  ")))
@example(page="  <p>\n  spaced \t out  </p>\n\n")
def whitespace_is_collapsed_and_stripped(learner, reference, page):
    """every run of whitespace becomes one space, with none at the start or end"""
    _check_text(learner, reference, page)


@check(points=1, section="text-extraction")
@given(page=pages(alphabet=TEXT_ALPHABET.replace("<", "").replace(">", ""), entities=False))
def no_tags_are_left(learner, reference, page):
    """no tag, end tag or comment (nothing like <p, </ or <!) is left in the extracted text"""
    got = learner.extract_text(page[0])
    if not isinstance(got, str):
        fail(f"extract_text({page[0]!r}) should return a str, not a {type(got).__name__}", got=got)
    match = TAG_PATTERN.search(got)
    assert_true(match is None, f"extract_text({page[0]!r}) returned {got!r}, which still holds "
                               f"{got[match.start():match.start() + 10]!r}" if match else "")


@check(points=2, section="text-extraction",
       hint="Keep every text node outside script/style/nav, in the order the parser gives them.")
@given(page=pages(skipped=False))
@example(page=("<ul><li>first</li><li>second</li></ul><p>third <b>fourth</b></p>",
               ["first", "second", "third ", "fourth"]))
def every_text_node_appears_in_order(learner, reference, page):
    """every visible text node (whitespace-normalised) appears in the output, in document order"""
    source, visible = page
    got = learner.extract_text(source)
    if not isinstance(got, str):
        fail(f"extract_text({source!r}) should return a str, not a {type(got).__name__}", got=got)
    position = 0
    for node in map(normalise, visible):
        found = got.find(node, position)
        assert_true(found >= 0, f"extract_text({source!r}) returned {got!r}: the text node {node!r} "
                                f"is missing or out of order")
        position = found + len(node)


@check(points=1, section="text-extraction")
@given(text=st.text(TEXT_ALPHABET.replace("<", "").replace("&", "") + "\u00a0", max_size=40))
@example(text="  already plain\ttext \n")
def plain_text_comes_back_whitespace_normalised(learner, reference, text):
    """plain text without < or & comes back unchanged apart from its whitespace being normalised"""
    assert_equal(learner.extract_text(text), normalise(text), f"extract_text({text!r})")

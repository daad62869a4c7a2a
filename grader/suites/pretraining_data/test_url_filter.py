"""Hidden checks for exercises/pretraining_data/url_filter.py: reading a URL's domain, and a domain blocklist.

Everything here is exact (strings and booleans compared with ==). The generated URLs combine an
optional scheme, user info, mixed case, a port, a trailing dot, and a path, query or fragment that
may itself mention another domain. Blocklists are sent as lists: sets cannot cross to the worker, and
the docstring accepts any collection of str.
"""

from hypothesis import example, given, strategies as st

from grader.checks import assert_equal, check

LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=6)


def hosts(min_labels: int = 2, max_labels: int = 4) -> st.SearchStrategy[str]:
    return st.lists(LABEL, min_size=min_labels, max_size=max_labels).map(".".join)


def mixed_case(text: str, flips: list[bool]) -> str:
    return "".join(c.upper() if flip else c for c, flip in zip(text, flips + [False] * len(text)))


@st.composite
def urls(draw, host: str | None = None) -> tuple[str, str]:
    """(url, host): a URL around `host` (or a random one), with the decorations domain_of must remove."""
    host = host if host is not None else draw(hosts())
    scheme = draw(st.sampled_from(("http://", "https://", "HTTPS://", "ftp://", "//", "")))
    user = draw(st.sampled_from(("", "", "user@", "user:pw@", "good.org@")))
    shown = mixed_case(host, draw(st.lists(st.booleans(), max_size=20)))
    dot = draw(st.sampled_from(("", "", ".")))
    port = draw(st.sampled_from(("", "", ":8080", ":443")))
    rest = draw(st.sampled_from(("", "/", "/a/b.html", "?q=1", "#top", "/r?next=http://evil.com/", "/a//b")))
    if not scheme and user:
        user = ""  # "user@host" without a scheme reads oddly; keep the schemeless cases plain
    return f"{scheme}{user}{shown}{dot}{port}{rest}", host


@check(points=2, section="url-filter")
@given(case=urls())
@example(case=("https://User:pw@WWW.Example.COM.:8080/path?q=1#top", "www.example.com"))
def domain_of_finds_the_host(learner, reference, case):
    """domain_of returns the host alone: lowercase, no scheme, user info, port, path or trailing dot"""
    url, host = case
    assert_equal(learner.domain_of(url), host, f"domain_of({url!r})")


@check(points=2, section="url-filter",
       hint='Without "://", urlsplit finds no host: read the URL as "//" + url, as the docstring says.')
@given(url=st.sampled_from(("example.com/path", "Example.com:8080", "//cdn.example.com/x.js",
                            "localhost:8000/api", "example.com?x=1", "example.com/a//b", "sub.example.org.",
                            "example.com/?next=https://x.org", "HTTPS://Example.com")))
@example(url="example.com/path")
@example(url="Example.com:8080")
def domain_of_reads_urls_without_a_scheme(learner, reference, url):
    """a URL without a scheme ("example.com/path", "Example.com:8080") is read as if it began with //"""
    assert_equal(learner.domain_of(url), reference.domain_of(url), f"domain_of({url!r})")


@check(points=1, section="url-filter")
@given(url=st.sampled_from(("", "/just/a/path", "http:///x", "   ", "?q=1")))
@example(url="")
def domain_of_is_empty_without_a_host(learner, reference, url):
    """a URL without a host ("", "/just/a/path", "http:///x") has the domain \"\""""
    assert_equal(learner.domain_of(url), "", f"domain_of({url!r})")


@check(points=1, section="url-filter")
@given(case=urls(), blocked=st.lists(hosts(), max_size=3))
def a_blocked_domain_is_blocked(learner, reference, case, blocked):
    """a URL whose host is on the blocklist is blocked, however the URL is written"""
    url, host = case
    blocklist = blocked + [host]
    assert_equal(learner.url_is_blocked(url, blocklist), True, f"url_is_blocked({url!r}, {blocklist!r})")


@check(points=2, section="url-filter",
       hint="Compare the host and each of its parent domains (drop labels from the left) with the blocklist.")
@given(case=st.tuples(hosts(), st.lists(LABEL, min_size=1, max_size=3).map(".".join)).flatmap(
    lambda pair: urls(host=f"{pair[1]}.{pair[0]}").map(lambda made: (made[0], pair[0]))))
@example(case=("https://www.evil.com/", "evil.com"))
@example(case=("http://a.b.evil.com./x", "evil.com"))
def subdomains_of_a_blocked_domain_are_blocked(learner, reference, case):
    """if evil.com is blocked, so are www.evil.com and a.b.evil.com"""
    url, blocked = case
    assert_equal(learner.url_is_blocked(url, [blocked]), True, f"url_is_blocked({url!r}, {[blocked]!r})")


@check(points=2, section="url-filter",
       hint='"notevil.com" ends with "evil.com" but is another domain: match whole labels, "." + domain.')
@given(case=st.sampled_from((
    ("https://notevil.com/", "evil.com"), ("http://evil.com.au/", "evil.com"), ("http://evil.co/", "evil.com"),
    ("http://my-evil.com/", "evil.com"), ("http://example.org/", "ads.example.org"), ("http://com/", "evil.com"),
)))
@example(case=("https://notevil.com/", "evil.com"))
@example(case=("http://example.org/", "ads.example.org"))
def blocking_follows_label_boundaries(learner, reference, case):
    """evil.com does not block notevil.com or evil.com.au, and a blocked subdomain does not block its parent"""
    url, blocked = case
    assert_equal(learner.url_is_blocked(url, [blocked]), False, f"url_is_blocked({url!r}, {[blocked]!r})")


@check(points=2, section="url-filter",
       hint="Look only at the host from domain_of, never at the whole URL string.")
@given(case=st.sampled_from((
    ("https://good.org/?next=evil.com", False), ("https://good.org/evil.com/page", False),
    ("https://evil.com.good.org/", False), ("https://good.org@evil.com/", True),
    ("https://user:evil.com@good.org/", False), ("https://good.org:8080@evil.com./x", True),
)))
@example(case=("https://good.org/?next=evil.com", False))
@example(case=("https://good.org@evil.com/", True))
def only_the_host_counts(learner, reference, case):
    """only the host decides: evil.com in a path or query does not block, evil.com behind user@ does"""
    url, expected = case
    assert_equal(learner.url_is_blocked(url, ["evil.com"]), expected, f"url_is_blocked({url!r}, ['evil.com'])")


@check(points=1, section="url-filter", hint="Lowercase the blocklist too, and drop its trailing dots.")
@given(host=hosts(), flips=st.lists(st.booleans(), min_size=1, max_size=20), dot=st.sampled_from(("", ".")))
@example(host="evil.com", flips=[True] * 8, dot=".")
def blocking_ignores_case(learner, reference, host, flips, dot):
    """the blocklist and the URL are compared case-insensitively ("Evil.COM." blocks "http://www.evil.com/")"""
    blocked = [mixed_case(host, flips) + dot]
    url = f"http://www.{host}/"
    assert_equal(learner.url_is_blocked(url, blocked), True, f"url_is_blocked({url!r}, {blocked!r})")


@check(points=1, section="url-filter")
@given(case=urls(), blocked=st.lists(hosts(), max_size=4))
def unrelated_domains_are_not_blocked(learner, reference, case, blocked):
    """a URL whose host is neither a blocked domain nor under one is not blocked"""
    url, host = case
    blocked = [b for b in blocked if not (host == b or host.endswith("." + b))]
    assert_equal(learner.url_is_blocked(url, blocked), False, f"url_is_blocked({url!r}, {blocked!r})")


@check(points=2, section="url-filter")
@given(case=urls(), blocked=st.lists(st.one_of(hosts(1, 3), hosts(1, 1)), max_size=4), pick=st.integers(0, 3))
@example(case=("ftp://a.b.c.d/", "a.b.c.d"), blocked=["c.d", "x.y"], pick=0)
@example(case=("", ""), blocked=["evil.com"], pick=0)
def url_is_blocked_matches_the_reference(learner, reference, case, blocked, pick):
    """url_is_blocked agrees with the reference on random URLs and blocklists, parents and all"""
    url, host = case
    labels = host.split(".")
    blocked = blocked + [".".join(labels[min(pick, len(labels) - 1):])] if pick % 2 else blocked
    assert_equal(learner.url_is_blocked(url, blocked), reference.url_is_blocked(url, blocked),
                 f"url_is_blocked({url!r}, {blocked!r})")

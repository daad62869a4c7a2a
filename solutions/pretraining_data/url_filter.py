"""URL filtering: drop a page because of where it comes from, before reading a word of it.

The first step of the FineWeb pipeline checks each page's domain against a blocklist of adult,
phishing and malware sites (the UT1 list). It is the cheapest filter there is, but only if the domain
is read correctly from the URL: ports, user names, upper case and a trailing dot must not let a
blocked site through, and a block on "evil.com" must cover "www.evil.com" without hitting
"notevil.com".

Chapter: "Pre-training data", sections "URL filtering" and "The FineWeb recipe".
Only numpy and the standard library may be imported.
"""

from collections.abc import Collection
from urllib.parse import urlsplit


def domain_of(url: str) -> str:
    """Return the host name of `url`: lowercase, without scheme, user info, port or trailing dot.

    url: an absolute URL ("https://user:pw@WWW.Example.com:8080/a?b#c") or one without a scheme.
        Surrounding whitespace is ignored.
    URLs without a scheme: a URL that starts with "//" or with a scheme and "://" ("https://",
    "ftp://"...) is split as it is; any other URL is read as if it began with "//", the way a
    browser's address bar reads "example.com/path". So "example.com/path", "Example.com:8080" and
    "example.com/?next=https://x.org" all have the host example.com (urlsplit on its own would
    find no host in the first and take "example.com" for a scheme in the second).
    The host is urlsplit's `.hostname` (already lowercase, without "user:pw@" and ":port"), with a
    trailing "." removed ("example.com." is the same host as "example.com").
    Returns "" when there is no host at all (e.g. "", "/just/a/path", "http:///x").

    >>> domain_of("https://User:pw@WWW.Example.COM.:8080/path?q=1#top")
    'www.example.com'
    >>> domain_of("example.com/path")
    'example.com'
    >>> domain_of("/just/a/path")
    ''
    """
    ### BEGIN SOLUTION
    url = url.strip()
    scheme = urlsplit(url).scheme  # lowercased; "example.com" in "example.com:8080"
    if not url.startswith("//") and not url.lower().startswith(scheme + "://"):
        url = "//" + url  # no scheme: read "example.com/path" as "//example.com/path"
    return (urlsplit(url).hostname or "").rstrip(".")
    ### END SOLUTION


def url_is_blocked(url: str, blocked_domains: Collection[str]) -> bool:
    """Return True if the host of `url` is a blocked domain or a subdomain of one.

    url: any URL, read with `domain_of`.
    blocked_domains: domain names, e.g. {"evil.com", "ads.example.org"} (any collection of str: a
        set, list or tuple). They are compared case-insensitively and a trailing "." is ignored, as
        for the URL's host. It is not modified.
    Matching is on whole labels (the parts between dots): "evil.com" blocks "evil.com",
    "www.evil.com" and "a.b.evil.com", but not "notevil.com", "evil.com.au" or "evil.co". A block
    on a subdomain ("ads.example.org") does not block its parent ("example.org").
    Only the host counts: "https://good.org/?next=evil.com" is not blocked, while
    "https://good.org@evil.com/" is (the host is evil.com; "good.org" is only a user name).
    A URL without a host is never blocked.

    >>> url_is_blocked("https://WWW.Evil.com:443/page", {"evil.com"})
    True
    >>> url_is_blocked("https://notevil.com/", {"evil.com"})
    False
    """
    ### BEGIN SOLUTION
    blocked = {domain.lower().rstrip(".") for domain in blocked_domains}
    labels = domain_of(url).split(".")
    # The host and each parent domain: a.b.evil.com, b.evil.com, evil.com, com.
    suffixes = (".".join(labels[i:]) for i in range(len(labels)))
    return any(suffix and suffix in blocked for suffix in suffixes)
    ### END SOLUTION

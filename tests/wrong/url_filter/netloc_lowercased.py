"""Takes the whole netloc as the domain: the port and "user@" stay, so "evil.com:8080" is not "evil.com"."""

from urllib.parse import urlsplit

CAUGHT_BY = ["domain_of_finds_the_host", "a_blocked_domain_is_blocked", "only_the_host_counts"]


def domain_of(url):
    url = url.strip()
    scheme = urlsplit(url).scheme
    if not url.startswith("//") and not url.lower().startswith(scheme + "://"):
        url = "//" + url
    return urlsplit(url).netloc.lower().rstrip(".")

"""Cuts the port with netloc.split(":")[0] and never removes the user info: "good.org@evil.com" is
not recognised as evil.com, and "user:pw@host" becomes "user"."""

from urllib.parse import urlsplit

CAUGHT_BY = ["domain_of_finds_the_host", "only_the_host_counts"]


def domain_of(url):
    url = url.strip()
    scheme = urlsplit(url).scheme
    if not url.startswith("//") and not url.lower().startswith(scheme + "://"):
        url = "//" + url
    return urlsplit(url).netloc.split(":")[0].lower().rstrip(".")

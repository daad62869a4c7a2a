"""Hidden checks for exercises/pretraining_data/pii_redaction.py: replacing emails and IPv4 addresses.

Everything here is exact: the redacted text is compared with ==. Generated text mixes words,
punctuation, emails, IP addresses and their look-alikes (version numbers, dates, out-of-range
octets, leading zeros, five-part numbers), so that the pattern edges are met often.
"""

import re

from hypothesis import example, given, strategies as st

from grader.checks import assert_equal, assert_true, check, fail

LOWER = "abcdefghijklmnopqrstuvwxyz"
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4 = re.compile(r"(?<![0-9])(?<![0-9]\.)(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
                  r"(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}(?![0-9])(?!\.[0-9])")


def _cased(text: str, upper: list[bool]) -> str:
    return "".join(c.upper() if u else c for c, u in zip(text, upper + [False] * len(text)))


@st.composite
def emails(draw) -> str:
    local = draw(st.text(LOWER + "0123456789._%+-", min_size=1, max_size=8))
    labels = draw(st.lists(st.text(LOWER + "0123456789-", min_size=1, max_size=6), min_size=1, max_size=3))
    tld = draw(st.text(LOWER, min_size=2, max_size=4))
    address = f"{local}@{'.'.join(labels)}.{tld}"
    return _cased(address, draw(st.lists(st.booleans(), max_size=len(address))))


def ips() -> st.SearchStrategy[str]:
    return st.lists(st.integers(0, 255), min_size=4, max_size=4).map(lambda o: ".".join(map(str, o)))


LOOK_ALIKES = ("1.2.3", "3.11.4", "999.1.1.1", "256.1.1.1", "1.2.3.4.5", "192.168.01.1", "2024.01.02",
               "bob@localhost", "me@example.c", "@example.com", "10.0.0.300", "1.1.1.1.1.1")


def plain_text(max_size: int = 12) -> st.SearchStrategy[str]:
    """Text with no "@" and no digit (of any script): nothing in it can be redacted."""
    return st.text(st.characters(blacklist_categories=("Nd", "Cs"), blacklist_characters="@"),
                   max_size=max_size)


def mixed_texts() -> st.SearchStrategy[str]:
    piece = st.one_of(st.text(LOWER + " .,:;()<>-éü", max_size=6), emails(), ips(),
                      st.sampled_from(LOOK_ALIKES), st.integers(0, 999).map(str), st.sampled_from(". ,@"))
    return st.lists(piece, max_size=8).map("".join)


@check(points=3, section="pii")
@given(text=mixed_texts())
@example(text="Write to Bob.Smith@example.co.uk or ping 192.168.0.1.")
@example(text="(admin@site.org)/10.0.0.1:8080")
@example(text="a@b.com@c.com and 1.2.3.4.5.6.7.8")
def matches_the_reference_on_mixed_text(learner, reference, text):
    """redact_pii gives exactly the reference's text on random mixes of words, emails, IPs and look-alikes"""
    assert_equal(learner.redact_pii(text), reference.redact_pii(text), f"redact_pii({text!r})")


@check(points=2, section="pii")
@given(left=plain_text(), address=emails(), right=plain_text())
@example(left="mail", address="Bob.Smith+news@mail.Example.co.uk", right="today")
def an_email_between_spaces_is_redacted(learner, reference, left, address, right):
    """an email address, of any case, between two spaces becomes <EMAIL> and the rest stays"""
    text = f"{left} {address} {right}"
    assert_equal(learner.redact_pii(text), f"{left} <EMAIL> {right}", f"redact_pii({text!r})")


@check(points=2, section="pii")
@given(left=plain_text(), ip=ips(), right=plain_text())
@example(left="from", ip="255.255.255.255", right="")
@example(left="", ip="0.0.0.0", right="x")
def an_ip_between_spaces_is_redacted(learner, reference, left, ip, right):
    """an IPv4 address (four numbers 0-255) between two spaces becomes <IP> and the rest stays"""
    text = f"{left} {ip} {right}"
    assert_equal(learner.redact_pii(text), f"{left} <IP> {right}", f"redact_pii({text!r})")


@check(points=2, section="pii",
       hint="Each octet is 0-255 with no leading zero, and the four of them must not touch more digits or dots.")
@given(text=st.sampled_from(LOOK_ALIKES[:7] + ("10.0.0.300", "1.1.1.1.1.1", "v 1.2.3.4.5 beta")))
@example(text="999.1.1.1")
@example(text="1.2.3")
@example(text="1.2.3.4.5")
@example(text="192.168.01.1")
def look_alikes_of_ips_stay(learner, reference, text):
    """numbers that only look like IPs stay: 999.1.1.1, 1.2.3, 1.2.3.4.5, 192.168.01.1, 10.0.0.300"""
    assert_equal(learner.redact_pii(text), text, f"redact_pii({text!r})")


@check(points=1, section="pii",
       hint="A dot after the address is punctuation; only a dot followed by a digit makes a longer number.")
@given(case=st.sampled_from((("ping 10.0.0.1.", "ping <IP>."), ("(8.8.8.8)", "(<IP>)"),
                             ("ip=1.2.3.4, port 80", "ip=<IP>, port 80"), ("host:127.0.0.1:8080", "host:<IP>:8080"),
                             ("a.1.2.3.4", "a.<IP>"))))
@example(case=("ping 10.0.0.1.", "ping <IP>."))
def ips_next_to_punctuation_are_redacted(learner, reference, case):
    """an IP followed by a full stop, comma, colon or bracket is still redacted; the punctuation stays"""
    text, expected = case
    assert_equal(learner.redact_pii(text), expected, f"redact_pii({text!r})")


@check(points=2, section="pii",
       hint="Follow the docstring's pattern: a top-level domain of 2+ letters, and only the listed characters.")
@given(case=st.sampled_from((
    ("bob@localhost", "bob@localhost"), ("bob@example.c", "bob@example.c"), ("@example.com", "@example.com"),
    ("mail a@b.com.", "mail <EMAIL>."), ("mailto:bob@x.org", "mailto:<EMAIL>"),
    ("<bob@x.org>", "<<EMAIL>>"), ("first.last+tag@mail.example.co.uk", "<EMAIL>"),
    ("a@b.com@c.com", "<EMAIL>@c.com"), ("user@123.example.com", "<EMAIL>"), ("x@y.z1", "x@y.z1"),
)))
@example(case=("bob@localhost", "bob@localhost"))
@example(case=("mail a@b.com.", "mail <EMAIL>."))
@example(case=("<bob@x.org>", "<<EMAIL>>"))
def emails_follow_the_stated_pattern(learner, reference, case):
    """emails need a local part, @, domain labels and a 2+ letter top-level domain; brackets and stops stay"""
    text, expected = case
    assert_equal(learner.redact_pii(text), expected, f"redact_pii({text!r})")


@check(points=1, section="pii")
@given(text=mixed_texts())
@example(text="a@b.com@c.com 1.2.3.4")
def redaction_is_idempotent(learner, reference, text):
    """redacting twice gives the same text as redacting once"""
    once = learner.redact_pii(text)
    if not isinstance(once, str):
        fail(f"redact_pii({text!r}) should return a str, not a {type(once).__name__}", got=once)
    assert_equal(learner.redact_pii(once), once, f"redact_pii(redact_pii({text!r}))")


@check(points=1, section="pii")
@given(text=plain_text(40))
@example(text="No addresses here, just words.")
def text_without_at_or_digits_is_unchanged(learner, reference, text):
    """text with no @ and no digit comes back unchanged"""
    assert_equal(learner.redact_pii(text), text, f"redact_pii({text!r})")


@check(points=1, section="pii")
@given(text=mixed_texts())
def no_email_or_ip_remains(learner, reference, text):
    """after redaction no email or IPv4 address (as the docstring defines them) is left"""
    got = learner.redact_pii(text)
    if not isinstance(got, str):
        fail(f"redact_pii({text!r}) should return a str, not a {type(got).__name__}", got=got)
    left = EMAIL.search(got) or IPV4.search(got)
    assert_true(left is None, f"redact_pii({text!r}) returned {got!r}, which still holds "
                              f"{left.group() if left else ''!r}")
